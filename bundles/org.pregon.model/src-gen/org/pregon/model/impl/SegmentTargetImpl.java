/**
 */
package org.pregon.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.pregon.model.PregonPackage;
import org.pregon.model.SegmentDelivery;
import org.pregon.model.SegmentTarget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getDelivery <em>Delivery</em>}</li>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.pregon.model.impl.SegmentTargetImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentTargetImpl extends EObjectImpl implements SegmentTarget {
	/**
	 * The default value of the '{@link #getNetworkKind() <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkKind()
	 * @generated
	 * @ordered
	 */
	protected static final String NETWORK_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetworkKind() <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkKind()
	 * @generated
	 * @ordered
	 */
	protected String networkKind = NETWORK_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelivery() <em>Delivery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelivery()
	 * @generated
	 * @ordered
	 */
	protected static final SegmentDelivery DELIVERY_EDEFAULT = SegmentDelivery.NOT_TARGETED;

	/**
	 * The cached value of the '{@link #getDelivery() <em>Delivery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelivery()
	 * @generated
	 * @ordered
	 */
	protected SegmentDelivery delivery = DELIVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountId() <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountId()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountId() <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountId()
	 * @generated
	 * @ordered
	 */
	protected String accountId = ACCOUNT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinAge() <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAge()
	 * @generated
	 * @ordered
	 */
	protected Integer minAge = MIN_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected Integer maxAge = MAX_AGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCountries() <em>Countries</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected EList<String> countries;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.SEGMENT_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetworkKind() {
		return networkKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkKind(String newNetworkKind) {
		String oldNetworkKind = networkKind;
		networkKind = newNetworkKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.SEGMENT_TARGET__NETWORK_KIND, oldNetworkKind, networkKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentDelivery getDelivery() {
		return delivery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelivery(SegmentDelivery newDelivery) {
		SegmentDelivery oldDelivery = delivery;
		delivery = newDelivery == null ? DELIVERY_EDEFAULT : newDelivery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.SEGMENT_TARGET__DELIVERY, oldDelivery, delivery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountId() {
		return accountId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountId(String newAccountId) {
		String oldAccountId = accountId;
		accountId = newAccountId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.SEGMENT_TARGET__ACCOUNT_ID, oldAccountId, accountId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinAge() {
		return minAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAge(Integer newMinAge) {
		Integer oldMinAge = minAge;
		minAge = newMinAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.SEGMENT_TARGET__MIN_AGE, oldMinAge, minAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxAge() {
		return maxAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAge(Integer newMaxAge) {
		Integer oldMaxAge = maxAge;
		maxAge = newMaxAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.SEGMENT_TARGET__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCountries() {
		if (countries == null) {
			countries = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.SEGMENT_TARGET__COUNTRIES);
		}
		return countries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.SEGMENT_TARGET__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.SEGMENT_TARGET__NETWORK_KIND:
				return getNetworkKind();
			case PregonPackage.SEGMENT_TARGET__DELIVERY:
				return getDelivery();
			case PregonPackage.SEGMENT_TARGET__ACCOUNT_ID:
				return getAccountId();
			case PregonPackage.SEGMENT_TARGET__MIN_AGE:
				return getMinAge();
			case PregonPackage.SEGMENT_TARGET__MAX_AGE:
				return getMaxAge();
			case PregonPackage.SEGMENT_TARGET__COUNTRIES:
				return getCountries();
			case PregonPackage.SEGMENT_TARGET__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PregonPackage.SEGMENT_TARGET__NETWORK_KIND:
				setNetworkKind((String)newValue);
				return;
			case PregonPackage.SEGMENT_TARGET__DELIVERY:
				setDelivery((SegmentDelivery)newValue);
				return;
			case PregonPackage.SEGMENT_TARGET__ACCOUNT_ID:
				setAccountId((String)newValue);
				return;
			case PregonPackage.SEGMENT_TARGET__MIN_AGE:
				setMinAge((Integer)newValue);
				return;
			case PregonPackage.SEGMENT_TARGET__MAX_AGE:
				setMaxAge((Integer)newValue);
				return;
			case PregonPackage.SEGMENT_TARGET__COUNTRIES:
				getCountries().clear();
				getCountries().addAll((Collection<? extends String>)newValue);
				return;
			case PregonPackage.SEGMENT_TARGET__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PregonPackage.SEGMENT_TARGET__NETWORK_KIND:
				setNetworkKind(NETWORK_KIND_EDEFAULT);
				return;
			case PregonPackage.SEGMENT_TARGET__DELIVERY:
				setDelivery(DELIVERY_EDEFAULT);
				return;
			case PregonPackage.SEGMENT_TARGET__ACCOUNT_ID:
				setAccountId(ACCOUNT_ID_EDEFAULT);
				return;
			case PregonPackage.SEGMENT_TARGET__MIN_AGE:
				setMinAge(MIN_AGE_EDEFAULT);
				return;
			case PregonPackage.SEGMENT_TARGET__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
				return;
			case PregonPackage.SEGMENT_TARGET__COUNTRIES:
				getCountries().clear();
				return;
			case PregonPackage.SEGMENT_TARGET__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PregonPackage.SEGMENT_TARGET__NETWORK_KIND:
				return NETWORK_KIND_EDEFAULT == null ? networkKind != null : !NETWORK_KIND_EDEFAULT.equals(networkKind);
			case PregonPackage.SEGMENT_TARGET__DELIVERY:
				return delivery != DELIVERY_EDEFAULT;
			case PregonPackage.SEGMENT_TARGET__ACCOUNT_ID:
				return ACCOUNT_ID_EDEFAULT == null ? accountId != null : !ACCOUNT_ID_EDEFAULT.equals(accountId);
			case PregonPackage.SEGMENT_TARGET__MIN_AGE:
				return MIN_AGE_EDEFAULT == null ? minAge != null : !MIN_AGE_EDEFAULT.equals(minAge);
			case PregonPackage.SEGMENT_TARGET__MAX_AGE:
				return MAX_AGE_EDEFAULT == null ? maxAge != null : !MAX_AGE_EDEFAULT.equals(maxAge);
			case PregonPackage.SEGMENT_TARGET__COUNTRIES:
				return countries != null && !countries.isEmpty();
			case PregonPackage.SEGMENT_TARGET__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (networkKind: ");
		result.append(networkKind);
		result.append(", delivery: ");
		result.append(delivery);
		result.append(", accountId: ");
		result.append(accountId);
		result.append(", minAge: ");
		result.append(minAge);
		result.append(", maxAge: ");
		result.append(maxAge);
		result.append(", countries: ");
		result.append(countries);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //SegmentTargetImpl
