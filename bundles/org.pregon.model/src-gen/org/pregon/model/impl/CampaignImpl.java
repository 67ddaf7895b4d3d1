/**
 */
package org.pregon.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.pregon.model.Campaign;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.CampaignImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.CampaignImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pregon.model.impl.CampaignImpl#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.impl.CampaignImpl#getEndsAt <em>Ends At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends EObjectImpl implements Campaign {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartsAt() <em>Starts At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartsAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTS_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartsAt() <em>Starts At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartsAt()
	 * @generated
	 * @ordered
	 */
	protected Date startsAt = STARTS_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndsAt() <em>Ends At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndsAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date ENDS_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndsAt() <em>Ends At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndsAt()
	 * @generated
	 * @ordered
	 */
	protected Date endsAt = ENDS_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.CAMPAIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CAMPAIGN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CAMPAIGN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartsAt() {
		return startsAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartsAt(Date newStartsAt) {
		Date oldStartsAt = startsAt;
		startsAt = newStartsAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CAMPAIGN__STARTS_AT, oldStartsAt, startsAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndsAt() {
		return endsAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndsAt(Date newEndsAt) {
		Date oldEndsAt = endsAt;
		endsAt = newEndsAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CAMPAIGN__ENDS_AT, oldEndsAt, endsAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.CAMPAIGN__ID:
				return getId();
			case PregonPackage.CAMPAIGN__NAME:
				return getName();
			case PregonPackage.CAMPAIGN__STARTS_AT:
				return getStartsAt();
			case PregonPackage.CAMPAIGN__ENDS_AT:
				return getEndsAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PregonPackage.CAMPAIGN__ID:
				setId((String)newValue);
				return;
			case PregonPackage.CAMPAIGN__NAME:
				setName((String)newValue);
				return;
			case PregonPackage.CAMPAIGN__STARTS_AT:
				setStartsAt((Date)newValue);
				return;
			case PregonPackage.CAMPAIGN__ENDS_AT:
				setEndsAt((Date)newValue);
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
			case PregonPackage.CAMPAIGN__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.CAMPAIGN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PregonPackage.CAMPAIGN__STARTS_AT:
				setStartsAt(STARTS_AT_EDEFAULT);
				return;
			case PregonPackage.CAMPAIGN__ENDS_AT:
				setEndsAt(ENDS_AT_EDEFAULT);
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
			case PregonPackage.CAMPAIGN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.CAMPAIGN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PregonPackage.CAMPAIGN__STARTS_AT:
				return STARTS_AT_EDEFAULT == null ? startsAt != null : !STARTS_AT_EDEFAULT.equals(startsAt);
			case PregonPackage.CAMPAIGN__ENDS_AT:
				return ENDS_AT_EDEFAULT == null ? endsAt != null : !ENDS_AT_EDEFAULT.equals(endsAt);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", startsAt: ");
		result.append(startsAt);
		result.append(", endsAt: ");
		result.append(endsAt);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
