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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.Approval;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#isAutomatic <em>Automatic</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#isNoReplyNeeded <em>No Reply Needed</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#isSpam <em>Spam</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getSentBy <em>Sent By</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getState <em>State</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getFailureReason <em>Failure Reason</em>}</li>
 *   <li>{@link org.pregon.model.impl.MessageImpl#getApprovals <em>Approvals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MessageImpl extends EObjectImpl implements Message {
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
	 * The default value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String remoteId = REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.INCOMING;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SENT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected Date sentAt = SENT_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutomatic() <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOMATIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAutomatic() <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomatic()
	 * @generated
	 * @ordered
	 */
	protected boolean automatic = AUTOMATIC_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoReplyNeeded() <em>No Reply Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoReplyNeeded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_REPLY_NEEDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNoReplyNeeded() <em>No Reply Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoReplyNeeded()
	 * @generated
	 * @ordered
	 */
	protected boolean noReplyNeeded = NO_REPLY_NEEDED_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpam() <em>Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpam()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPAM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpam() <em>Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpam()
	 * @generated
	 * @ordered
	 */
	protected boolean spam = SPAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentBy() <em>Sent By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentBy()
	 * @generated
	 * @ordered
	 */
	protected static final String SENT_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentBy() <em>Sent By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentBy()
	 * @generated
	 * @ordered
	 */
	protected String sentBy = SENT_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final MessageState STATE_EDEFAULT = MessageState.SENT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected MessageState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureReason() <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureReason()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureReason() <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureReason()
	 * @generated
	 * @ordered
	 */
	protected String failureReason = FAILURE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprovals() <em>Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<Approval> approvals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MessageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.MESSAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteId() {
		return remoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteId(String newRemoteId) {
		String oldRemoteId = remoteId;
		remoteId = newRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSentAt() {
		return sentAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentAt(Date newSentAt) {
		Date oldSentAt = sentAt;
		sentAt = newSentAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__SENT_AT, oldSentAt, sentAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutomatic() {
		return automatic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatic(boolean newAutomatic) {
		boolean oldAutomatic = automatic;
		automatic = newAutomatic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__AUTOMATIC, oldAutomatic, automatic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoReplyNeeded() {
		return noReplyNeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoReplyNeeded(boolean newNoReplyNeeded) {
		boolean oldNoReplyNeeded = noReplyNeeded;
		noReplyNeeded = newNoReplyNeeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__NO_REPLY_NEEDED, oldNoReplyNeeded, noReplyNeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpam() {
		return spam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpam(boolean newSpam) {
		boolean oldSpam = spam;
		spam = newSpam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__SPAM, oldSpam, spam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSentBy() {
		return sentBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentBy(String newSentBy) {
		String oldSentBy = sentBy;
		sentBy = newSentBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__SENT_BY, oldSentBy, sentBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(MessageState newState) {
		MessageState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureReason() {
		return failureReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureReason(String newFailureReason) {
		String oldFailureReason = failureReason;
		failureReason = newFailureReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.MESSAGE__FAILURE_REASON, oldFailureReason, failureReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Approval> getApprovals() {
		if (approvals == null) {
			approvals = new EObjectContainmentEList<Approval>(Approval.class, this, PregonPackage.MESSAGE__APPROVALS);
		}
		return approvals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.MESSAGE__APPROVALS:
				return ((InternalEList<?>)getApprovals()).basicRemove(otherEnd, msgs);
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
			case PregonPackage.MESSAGE__ID:
				return getId();
			case PregonPackage.MESSAGE__REMOTE_ID:
				return getRemoteId();
			case PregonPackage.MESSAGE__DIRECTION:
				return getDirection();
			case PregonPackage.MESSAGE__AUTHOR:
				return getAuthor();
			case PregonPackage.MESSAGE__SENT_AT:
				return getSentAt();
			case PregonPackage.MESSAGE__TEXT:
				return getText();
			case PregonPackage.MESSAGE__AUTOMATIC:
				return isAutomatic();
			case PregonPackage.MESSAGE__NO_REPLY_NEEDED:
				return isNoReplyNeeded();
			case PregonPackage.MESSAGE__SPAM:
				return isSpam();
			case PregonPackage.MESSAGE__SENT_BY:
				return getSentBy();
			case PregonPackage.MESSAGE__STATE:
				return getState();
			case PregonPackage.MESSAGE__FAILURE_REASON:
				return getFailureReason();
			case PregonPackage.MESSAGE__APPROVALS:
				return getApprovals();
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
			case PregonPackage.MESSAGE__ID:
				setId((String)newValue);
				return;
			case PregonPackage.MESSAGE__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case PregonPackage.MESSAGE__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case PregonPackage.MESSAGE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case PregonPackage.MESSAGE__SENT_AT:
				setSentAt((Date)newValue);
				return;
			case PregonPackage.MESSAGE__TEXT:
				setText((String)newValue);
				return;
			case PregonPackage.MESSAGE__AUTOMATIC:
				setAutomatic((Boolean)newValue);
				return;
			case PregonPackage.MESSAGE__NO_REPLY_NEEDED:
				setNoReplyNeeded((Boolean)newValue);
				return;
			case PregonPackage.MESSAGE__SPAM:
				setSpam((Boolean)newValue);
				return;
			case PregonPackage.MESSAGE__SENT_BY:
				setSentBy((String)newValue);
				return;
			case PregonPackage.MESSAGE__STATE:
				setState((MessageState)newValue);
				return;
			case PregonPackage.MESSAGE__FAILURE_REASON:
				setFailureReason((String)newValue);
				return;
			case PregonPackage.MESSAGE__APPROVALS:
				getApprovals().clear();
				getApprovals().addAll((Collection<? extends Approval>)newValue);
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
			case PregonPackage.MESSAGE__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__SENT_AT:
				setSentAt(SENT_AT_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__AUTOMATIC:
				setAutomatic(AUTOMATIC_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__NO_REPLY_NEEDED:
				setNoReplyNeeded(NO_REPLY_NEEDED_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__SPAM:
				setSpam(SPAM_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__SENT_BY:
				setSentBy(SENT_BY_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__FAILURE_REASON:
				setFailureReason(FAILURE_REASON_EDEFAULT);
				return;
			case PregonPackage.MESSAGE__APPROVALS:
				getApprovals().clear();
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
			case PregonPackage.MESSAGE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.MESSAGE__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case PregonPackage.MESSAGE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case PregonPackage.MESSAGE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case PregonPackage.MESSAGE__SENT_AT:
				return SENT_AT_EDEFAULT == null ? sentAt != null : !SENT_AT_EDEFAULT.equals(sentAt);
			case PregonPackage.MESSAGE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PregonPackage.MESSAGE__AUTOMATIC:
				return automatic != AUTOMATIC_EDEFAULT;
			case PregonPackage.MESSAGE__NO_REPLY_NEEDED:
				return noReplyNeeded != NO_REPLY_NEEDED_EDEFAULT;
			case PregonPackage.MESSAGE__SPAM:
				return spam != SPAM_EDEFAULT;
			case PregonPackage.MESSAGE__SENT_BY:
				return SENT_BY_EDEFAULT == null ? sentBy != null : !SENT_BY_EDEFAULT.equals(sentBy);
			case PregonPackage.MESSAGE__STATE:
				return state != STATE_EDEFAULT;
			case PregonPackage.MESSAGE__FAILURE_REASON:
				return FAILURE_REASON_EDEFAULT == null ? failureReason != null : !FAILURE_REASON_EDEFAULT.equals(failureReason);
			case PregonPackage.MESSAGE__APPROVALS:
				return approvals != null && !approvals.isEmpty();
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
		result.append(", remoteId: ");
		result.append(remoteId);
		result.append(", direction: ");
		result.append(direction);
		result.append(", author: ");
		result.append(author);
		result.append(", sentAt: ");
		result.append(sentAt);
		result.append(", text: ");
		result.append(text);
		result.append(", automatic: ");
		result.append(automatic);
		result.append(", noReplyNeeded: ");
		result.append(noReplyNeeded);
		result.append(", spam: ");
		result.append(spam);
		result.append(", sentBy: ");
		result.append(sentBy);
		result.append(", state: ");
		result.append(state);
		result.append(", failureReason: ");
		result.append(failureReason);
		result.append(')');
		return result.toString();
	}

} //MessageImpl
