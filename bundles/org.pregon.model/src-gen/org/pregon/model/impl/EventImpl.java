/**
 */
package org.pregon.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.Event;
import org.pregon.model.LocalizedText;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.EventImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getTitles <em>Titles</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getEndsAt <em>Ends At</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getOnlineUrl <em>Online Url</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getCampaignId <em>Campaign Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.EventImpl#getAccountIds <em>Account Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventImpl extends EObjectImpl implements Event {
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
	 * The cached value of the '{@link #getTitles() <em>Titles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitles()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalizedText> titles;

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
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnlineUrl() <em>Online Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlineUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String ONLINE_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnlineUrl() <em>Online Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlineUrl()
	 * @generated
	 * @ordered
	 */
	protected String onlineUrl = ONLINE_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCampaignId() <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignId()
	 * @generated
	 * @ordered
	 */
	protected static final String CAMPAIGN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCampaignId() <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignId()
	 * @generated
	 * @ordered
	 */
	protected String campaignId = CAMPAIGN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccountIds() <em>Account Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> accountIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.EVENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.EVENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getTitles() {
		if (titles == null) {
			titles = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, PregonPackage.EVENT__TITLES);
		}
		return titles;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.EVENT__STARTS_AT, oldStartsAt, startsAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.EVENT__ENDS_AT, oldEndsAt, endsAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.EVENT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnlineUrl() {
		return onlineUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnlineUrl(String newOnlineUrl) {
		String oldOnlineUrl = onlineUrl;
		onlineUrl = newOnlineUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.EVENT__ONLINE_URL, oldOnlineUrl, onlineUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCampaignId() {
		return campaignId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignId(String newCampaignId) {
		String oldCampaignId = campaignId;
		campaignId = newCampaignId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.EVENT__CAMPAIGN_ID, oldCampaignId, campaignId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAccountIds() {
		if (accountIds == null) {
			accountIds = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.EVENT__ACCOUNT_IDS);
		}
		return accountIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.EVENT__TITLES:
				return ((InternalEList<?>)getTitles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.EVENT__ID:
				return getId();
			case PregonPackage.EVENT__TITLES:
				return getTitles();
			case PregonPackage.EVENT__STARTS_AT:
				return getStartsAt();
			case PregonPackage.EVENT__ENDS_AT:
				return getEndsAt();
			case PregonPackage.EVENT__LOCATION:
				return getLocation();
			case PregonPackage.EVENT__ONLINE_URL:
				return getOnlineUrl();
			case PregonPackage.EVENT__CAMPAIGN_ID:
				return getCampaignId();
			case PregonPackage.EVENT__ACCOUNT_IDS:
				return getAccountIds();
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
			case PregonPackage.EVENT__ID:
				setId((String)newValue);
				return;
			case PregonPackage.EVENT__TITLES:
				getTitles().clear();
				getTitles().addAll((Collection<? extends LocalizedText>)newValue);
				return;
			case PregonPackage.EVENT__STARTS_AT:
				setStartsAt((Date)newValue);
				return;
			case PregonPackage.EVENT__ENDS_AT:
				setEndsAt((Date)newValue);
				return;
			case PregonPackage.EVENT__LOCATION:
				setLocation((String)newValue);
				return;
			case PregonPackage.EVENT__ONLINE_URL:
				setOnlineUrl((String)newValue);
				return;
			case PregonPackage.EVENT__CAMPAIGN_ID:
				setCampaignId((String)newValue);
				return;
			case PregonPackage.EVENT__ACCOUNT_IDS:
				getAccountIds().clear();
				getAccountIds().addAll((Collection<? extends String>)newValue);
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
			case PregonPackage.EVENT__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.EVENT__TITLES:
				getTitles().clear();
				return;
			case PregonPackage.EVENT__STARTS_AT:
				setStartsAt(STARTS_AT_EDEFAULT);
				return;
			case PregonPackage.EVENT__ENDS_AT:
				setEndsAt(ENDS_AT_EDEFAULT);
				return;
			case PregonPackage.EVENT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case PregonPackage.EVENT__ONLINE_URL:
				setOnlineUrl(ONLINE_URL_EDEFAULT);
				return;
			case PregonPackage.EVENT__CAMPAIGN_ID:
				setCampaignId(CAMPAIGN_ID_EDEFAULT);
				return;
			case PregonPackage.EVENT__ACCOUNT_IDS:
				getAccountIds().clear();
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
			case PregonPackage.EVENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.EVENT__TITLES:
				return titles != null && !titles.isEmpty();
			case PregonPackage.EVENT__STARTS_AT:
				return STARTS_AT_EDEFAULT == null ? startsAt != null : !STARTS_AT_EDEFAULT.equals(startsAt);
			case PregonPackage.EVENT__ENDS_AT:
				return ENDS_AT_EDEFAULT == null ? endsAt != null : !ENDS_AT_EDEFAULT.equals(endsAt);
			case PregonPackage.EVENT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case PregonPackage.EVENT__ONLINE_URL:
				return ONLINE_URL_EDEFAULT == null ? onlineUrl != null : !ONLINE_URL_EDEFAULT.equals(onlineUrl);
			case PregonPackage.EVENT__CAMPAIGN_ID:
				return CAMPAIGN_ID_EDEFAULT == null ? campaignId != null : !CAMPAIGN_ID_EDEFAULT.equals(campaignId);
			case PregonPackage.EVENT__ACCOUNT_IDS:
				return accountIds != null && !accountIds.isEmpty();
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
		result.append(", startsAt: ");
		result.append(startsAt);
		result.append(", endsAt: ");
		result.append(endsAt);
		result.append(", location: ");
		result.append(location);
		result.append(", onlineUrl: ");
		result.append(onlineUrl);
		result.append(", campaignId: ");
		result.append(campaignId);
		result.append(", accountIds: ");
		result.append(accountIds);
		result.append(')');
		return result.toString();
	}

} //EventImpl
