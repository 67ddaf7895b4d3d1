/**
 */
package org.pregon.model.impl;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.pregon.model.AdRequest;
import org.pregon.model.AdStatus;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ad Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getPostId <em>Post Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getSegmentId <em>Segment Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getBudgetEur <em>Budget Eur</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getEndsAt <em>Ends At</em>}</li>
 *   <li>{@link org.pregon.model.impl.AdRequestImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdRequestImpl extends EObjectImpl implements AdRequest {
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
	 * The default value of the '{@link #getPostId() <em>Post Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostId()
	 * @generated
	 * @ordered
	 */
	protected static final String POST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostId() <em>Post Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostId()
	 * @generated
	 * @ordered
	 */
	protected String postId = POST_ID_EDEFAULT;

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
	 * The default value of the '{@link #getSegmentId() <em>Segment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmentId() <em>Segment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentId()
	 * @generated
	 * @ordered
	 */
	protected String segmentId = SEGMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetEur() <em>Budget Eur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetEur()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetEur() <em>Budget Eur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetEur()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetEur = BUDGET_EUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgency() <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected String agency = AGENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AdStatus STATUS_EDEFAULT = AdStatus.REQUESTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AdStatus status = STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.AD_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostId() {
		return postId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostId(String newPostId) {
		String oldPostId = postId;
		postId = newPostId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__POST_ID, oldPostId, postId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__ACCOUNT_ID, oldAccountId, accountId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmentId() {
		return segmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentId(String newSegmentId) {
		String oldSegmentId = segmentId;
		segmentId = newSegmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__SEGMENT_ID, oldSegmentId, segmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetEur() {
		return budgetEur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetEur(BigDecimal newBudgetEur) {
		BigDecimal oldBudgetEur = budgetEur;
		budgetEur = newBudgetEur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__BUDGET_EUR, oldBudgetEur, budgetEur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(String newAgency) {
		String oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AdStatus newStatus) {
		AdStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__STARTS_AT, oldStartsAt, startsAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__ENDS_AT, oldEndsAt, endsAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.AD_REQUEST__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.AD_REQUEST__ID:
				return getId();
			case PregonPackage.AD_REQUEST__POST_ID:
				return getPostId();
			case PregonPackage.AD_REQUEST__ACCOUNT_ID:
				return getAccountId();
			case PregonPackage.AD_REQUEST__SEGMENT_ID:
				return getSegmentId();
			case PregonPackage.AD_REQUEST__BUDGET_EUR:
				return getBudgetEur();
			case PregonPackage.AD_REQUEST__AGENCY:
				return getAgency();
			case PregonPackage.AD_REQUEST__STATUS:
				return getStatus();
			case PregonPackage.AD_REQUEST__STARTS_AT:
				return getStartsAt();
			case PregonPackage.AD_REQUEST__ENDS_AT:
				return getEndsAt();
			case PregonPackage.AD_REQUEST__NOTES:
				return getNotes();
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
			case PregonPackage.AD_REQUEST__ID:
				setId((String)newValue);
				return;
			case PregonPackage.AD_REQUEST__POST_ID:
				setPostId((String)newValue);
				return;
			case PregonPackage.AD_REQUEST__ACCOUNT_ID:
				setAccountId((String)newValue);
				return;
			case PregonPackage.AD_REQUEST__SEGMENT_ID:
				setSegmentId((String)newValue);
				return;
			case PregonPackage.AD_REQUEST__BUDGET_EUR:
				setBudgetEur((BigDecimal)newValue);
				return;
			case PregonPackage.AD_REQUEST__AGENCY:
				setAgency((String)newValue);
				return;
			case PregonPackage.AD_REQUEST__STATUS:
				setStatus((AdStatus)newValue);
				return;
			case PregonPackage.AD_REQUEST__STARTS_AT:
				setStartsAt((Date)newValue);
				return;
			case PregonPackage.AD_REQUEST__ENDS_AT:
				setEndsAt((Date)newValue);
				return;
			case PregonPackage.AD_REQUEST__NOTES:
				setNotes((String)newValue);
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
			case PregonPackage.AD_REQUEST__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__POST_ID:
				setPostId(POST_ID_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__ACCOUNT_ID:
				setAccountId(ACCOUNT_ID_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__SEGMENT_ID:
				setSegmentId(SEGMENT_ID_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__BUDGET_EUR:
				setBudgetEur(BUDGET_EUR_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__AGENCY:
				setAgency(AGENCY_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__STARTS_AT:
				setStartsAt(STARTS_AT_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__ENDS_AT:
				setEndsAt(ENDS_AT_EDEFAULT);
				return;
			case PregonPackage.AD_REQUEST__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case PregonPackage.AD_REQUEST__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.AD_REQUEST__POST_ID:
				return POST_ID_EDEFAULT == null ? postId != null : !POST_ID_EDEFAULT.equals(postId);
			case PregonPackage.AD_REQUEST__ACCOUNT_ID:
				return ACCOUNT_ID_EDEFAULT == null ? accountId != null : !ACCOUNT_ID_EDEFAULT.equals(accountId);
			case PregonPackage.AD_REQUEST__SEGMENT_ID:
				return SEGMENT_ID_EDEFAULT == null ? segmentId != null : !SEGMENT_ID_EDEFAULT.equals(segmentId);
			case PregonPackage.AD_REQUEST__BUDGET_EUR:
				return BUDGET_EUR_EDEFAULT == null ? budgetEur != null : !BUDGET_EUR_EDEFAULT.equals(budgetEur);
			case PregonPackage.AD_REQUEST__AGENCY:
				return AGENCY_EDEFAULT == null ? agency != null : !AGENCY_EDEFAULT.equals(agency);
			case PregonPackage.AD_REQUEST__STATUS:
				return status != STATUS_EDEFAULT;
			case PregonPackage.AD_REQUEST__STARTS_AT:
				return STARTS_AT_EDEFAULT == null ? startsAt != null : !STARTS_AT_EDEFAULT.equals(startsAt);
			case PregonPackage.AD_REQUEST__ENDS_AT:
				return ENDS_AT_EDEFAULT == null ? endsAt != null : !ENDS_AT_EDEFAULT.equals(endsAt);
			case PregonPackage.AD_REQUEST__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(", postId: ");
		result.append(postId);
		result.append(", accountId: ");
		result.append(accountId);
		result.append(", segmentId: ");
		result.append(segmentId);
		result.append(", budgetEur: ");
		result.append(budgetEur);
		result.append(", agency: ");
		result.append(agency);
		result.append(", status: ");
		result.append(status);
		result.append(", startsAt: ");
		result.append(startsAt);
		result.append(", endsAt: ");
		result.append(endsAt);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //AdRequestImpl
