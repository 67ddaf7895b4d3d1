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

import org.pregon.model.BroadcastStatus;
import org.pregon.model.LiveBroadcast;
import org.pregon.model.LocalizedText;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Live Broadcast</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getTitles <em>Titles</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getEventId <em>Event Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getEndsAt <em>Ends At</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getAccountIds <em>Account Ids</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getStreamUrl <em>Stream Url</em>}</li>
 *   <li>{@link org.pregon.model.impl.LiveBroadcastImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LiveBroadcastImpl extends EObjectImpl implements LiveBroadcast {
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
	 * The default value of the '{@link #getEventId() <em>Event Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventId()
	 * @generated
	 * @ordered
	 */
	protected static final String EVENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventId() <em>Event Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventId()
	 * @generated
	 * @ordered
	 */
	protected String eventId = EVENT_ID_EDEFAULT;

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
	 * The cached value of the '{@link #getAccountIds() <em>Account Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> accountIds;

	/**
	 * The default value of the '{@link #getStreamUrl() <em>Stream Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String STREAM_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStreamUrl() <em>Stream Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamUrl()
	 * @generated
	 * @ordered
	 */
	protected String streamUrl = STREAM_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final BroadcastStatus STATUS_EDEFAULT = BroadcastStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BroadcastStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LiveBroadcastImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.LIVE_BROADCAST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.LIVE_BROADCAST__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getTitles() {
		if (titles == null) {
			titles = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, PregonPackage.LIVE_BROADCAST__TITLES);
		}
		return titles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEventId() {
		return eventId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventId(String newEventId) {
		String oldEventId = eventId;
		eventId = newEventId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.LIVE_BROADCAST__EVENT_ID, oldEventId, eventId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.LIVE_BROADCAST__STARTS_AT, oldStartsAt, startsAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.LIVE_BROADCAST__ENDS_AT, oldEndsAt, endsAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAccountIds() {
		if (accountIds == null) {
			accountIds = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.LIVE_BROADCAST__ACCOUNT_IDS);
		}
		return accountIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStreamUrl() {
		return streamUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStreamUrl(String newStreamUrl) {
		String oldStreamUrl = streamUrl;
		streamUrl = newStreamUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.LIVE_BROADCAST__STREAM_URL, oldStreamUrl, streamUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BroadcastStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BroadcastStatus newStatus) {
		BroadcastStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.LIVE_BROADCAST__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.LIVE_BROADCAST__TITLES:
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
			case PregonPackage.LIVE_BROADCAST__ID:
				return getId();
			case PregonPackage.LIVE_BROADCAST__TITLES:
				return getTitles();
			case PregonPackage.LIVE_BROADCAST__EVENT_ID:
				return getEventId();
			case PregonPackage.LIVE_BROADCAST__STARTS_AT:
				return getStartsAt();
			case PregonPackage.LIVE_BROADCAST__ENDS_AT:
				return getEndsAt();
			case PregonPackage.LIVE_BROADCAST__ACCOUNT_IDS:
				return getAccountIds();
			case PregonPackage.LIVE_BROADCAST__STREAM_URL:
				return getStreamUrl();
			case PregonPackage.LIVE_BROADCAST__STATUS:
				return getStatus();
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
			case PregonPackage.LIVE_BROADCAST__ID:
				setId((String)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__TITLES:
				getTitles().clear();
				getTitles().addAll((Collection<? extends LocalizedText>)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__EVENT_ID:
				setEventId((String)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__STARTS_AT:
				setStartsAt((Date)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__ENDS_AT:
				setEndsAt((Date)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__ACCOUNT_IDS:
				getAccountIds().clear();
				getAccountIds().addAll((Collection<? extends String>)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__STREAM_URL:
				setStreamUrl((String)newValue);
				return;
			case PregonPackage.LIVE_BROADCAST__STATUS:
				setStatus((BroadcastStatus)newValue);
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
			case PregonPackage.LIVE_BROADCAST__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.LIVE_BROADCAST__TITLES:
				getTitles().clear();
				return;
			case PregonPackage.LIVE_BROADCAST__EVENT_ID:
				setEventId(EVENT_ID_EDEFAULT);
				return;
			case PregonPackage.LIVE_BROADCAST__STARTS_AT:
				setStartsAt(STARTS_AT_EDEFAULT);
				return;
			case PregonPackage.LIVE_BROADCAST__ENDS_AT:
				setEndsAt(ENDS_AT_EDEFAULT);
				return;
			case PregonPackage.LIVE_BROADCAST__ACCOUNT_IDS:
				getAccountIds().clear();
				return;
			case PregonPackage.LIVE_BROADCAST__STREAM_URL:
				setStreamUrl(STREAM_URL_EDEFAULT);
				return;
			case PregonPackage.LIVE_BROADCAST__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case PregonPackage.LIVE_BROADCAST__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.LIVE_BROADCAST__TITLES:
				return titles != null && !titles.isEmpty();
			case PregonPackage.LIVE_BROADCAST__EVENT_ID:
				return EVENT_ID_EDEFAULT == null ? eventId != null : !EVENT_ID_EDEFAULT.equals(eventId);
			case PregonPackage.LIVE_BROADCAST__STARTS_AT:
				return STARTS_AT_EDEFAULT == null ? startsAt != null : !STARTS_AT_EDEFAULT.equals(startsAt);
			case PregonPackage.LIVE_BROADCAST__ENDS_AT:
				return ENDS_AT_EDEFAULT == null ? endsAt != null : !ENDS_AT_EDEFAULT.equals(endsAt);
			case PregonPackage.LIVE_BROADCAST__ACCOUNT_IDS:
				return accountIds != null && !accountIds.isEmpty();
			case PregonPackage.LIVE_BROADCAST__STREAM_URL:
				return STREAM_URL_EDEFAULT == null ? streamUrl != null : !STREAM_URL_EDEFAULT.equals(streamUrl);
			case PregonPackage.LIVE_BROADCAST__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(", eventId: ");
		result.append(eventId);
		result.append(", startsAt: ");
		result.append(startsAt);
		result.append(", endsAt: ");
		result.append(endsAt);
		result.append(", accountIds: ");
		result.append(accountIds);
		result.append(", streamUrl: ");
		result.append(streamUrl);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //LiveBroadcastImpl
