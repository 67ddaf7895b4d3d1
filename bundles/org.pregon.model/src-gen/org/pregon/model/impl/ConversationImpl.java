/**
 */
package org.pregon.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.Note;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conversation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getPostRemoteId <em>Post Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getMessages <em>Messages</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#isUnread <em>Unread</em>}</li>
 *   <li>{@link org.pregon.model.impl.ConversationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConversationImpl extends EObjectImpl implements Conversation {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ItemKind KIND_EDEFAULT = ItemKind.POST;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ItemKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipant() <em>Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipant()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTICIPANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParticipant() <em>Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipant()
	 * @generated
	 * @ordered
	 */
	protected String participant = PARTICIPANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPostRemoteId() <em>Post Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String POST_REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostRemoteId() <em>Post Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String postRemoteId = POST_REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConversationStatus STATUS_EDEFAULT = ConversationStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ConversationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected String assignee = ASSIGNEE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMessages() <em>Messages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessages()
	 * @generated
	 * @ordered
	 */
	protected EList<Message> messages;

	/**
	 * The default value of the '{@link #isUnread() <em>Unread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnread()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNREAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnread() <em>Unread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnread()
	 * @generated
	 * @ordered
	 */
	protected boolean unread = UNREAD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConversationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.CONVERSATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__ACCOUNT_ID, oldAccountId, accountId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__NETWORK_KIND, oldNetworkKind, networkKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ItemKind newKind) {
		ItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParticipant() {
		return participant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipant(String newParticipant) {
		String oldParticipant = participant;
		participant = newParticipant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__PARTICIPANT, oldParticipant, participant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostRemoteId() {
		return postRemoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostRemoteId(String newPostRemoteId) {
		String oldPostRemoteId = postRemoteId;
		postRemoteId = newPostRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__POST_REMOTE_ID, oldPostRemoteId, postRemoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ConversationStatus newStatus) {
		ConversationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignee() {
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(String newAssignee) {
		String oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Message> getMessages() {
		if (messages == null) {
			messages = new EObjectContainmentEList<Message>(Message.class, this, PregonPackage.CONVERSATION__MESSAGES);
		}
		return messages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnread() {
		return unread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnread(boolean newUnread) {
		boolean oldUnread = unread;
		unread = newUnread;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.CONVERSATION__UNREAD, oldUnread, unread));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, PregonPackage.CONVERSATION__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.CONVERSATION__MESSAGES:
				return ((InternalEList<?>)getMessages()).basicRemove(otherEnd, msgs);
			case PregonPackage.CONVERSATION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
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
			case PregonPackage.CONVERSATION__ID:
				return getId();
			case PregonPackage.CONVERSATION__ACCOUNT_ID:
				return getAccountId();
			case PregonPackage.CONVERSATION__NETWORK_KIND:
				return getNetworkKind();
			case PregonPackage.CONVERSATION__REMOTE_ID:
				return getRemoteId();
			case PregonPackage.CONVERSATION__KIND:
				return getKind();
			case PregonPackage.CONVERSATION__PARTICIPANT:
				return getParticipant();
			case PregonPackage.CONVERSATION__POST_REMOTE_ID:
				return getPostRemoteId();
			case PregonPackage.CONVERSATION__STATUS:
				return getStatus();
			case PregonPackage.CONVERSATION__ASSIGNEE:
				return getAssignee();
			case PregonPackage.CONVERSATION__MESSAGES:
				return getMessages();
			case PregonPackage.CONVERSATION__UNREAD:
				return isUnread();
			case PregonPackage.CONVERSATION__NOTES:
				return getNotes();
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
			case PregonPackage.CONVERSATION__ID:
				setId((String)newValue);
				return;
			case PregonPackage.CONVERSATION__ACCOUNT_ID:
				setAccountId((String)newValue);
				return;
			case PregonPackage.CONVERSATION__NETWORK_KIND:
				setNetworkKind((String)newValue);
				return;
			case PregonPackage.CONVERSATION__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case PregonPackage.CONVERSATION__KIND:
				setKind((ItemKind)newValue);
				return;
			case PregonPackage.CONVERSATION__PARTICIPANT:
				setParticipant((String)newValue);
				return;
			case PregonPackage.CONVERSATION__POST_REMOTE_ID:
				setPostRemoteId((String)newValue);
				return;
			case PregonPackage.CONVERSATION__STATUS:
				setStatus((ConversationStatus)newValue);
				return;
			case PregonPackage.CONVERSATION__ASSIGNEE:
				setAssignee((String)newValue);
				return;
			case PregonPackage.CONVERSATION__MESSAGES:
				getMessages().clear();
				getMessages().addAll((Collection<? extends Message>)newValue);
				return;
			case PregonPackage.CONVERSATION__UNREAD:
				setUnread((Boolean)newValue);
				return;
			case PregonPackage.CONVERSATION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
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
			case PregonPackage.CONVERSATION__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__ACCOUNT_ID:
				setAccountId(ACCOUNT_ID_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__NETWORK_KIND:
				setNetworkKind(NETWORK_KIND_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__PARTICIPANT:
				setParticipant(PARTICIPANT_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__POST_REMOTE_ID:
				setPostRemoteId(POST_REMOTE_ID_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__ASSIGNEE:
				setAssignee(ASSIGNEE_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__MESSAGES:
				getMessages().clear();
				return;
			case PregonPackage.CONVERSATION__UNREAD:
				setUnread(UNREAD_EDEFAULT);
				return;
			case PregonPackage.CONVERSATION__NOTES:
				getNotes().clear();
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
			case PregonPackage.CONVERSATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.CONVERSATION__ACCOUNT_ID:
				return ACCOUNT_ID_EDEFAULT == null ? accountId != null : !ACCOUNT_ID_EDEFAULT.equals(accountId);
			case PregonPackage.CONVERSATION__NETWORK_KIND:
				return NETWORK_KIND_EDEFAULT == null ? networkKind != null : !NETWORK_KIND_EDEFAULT.equals(networkKind);
			case PregonPackage.CONVERSATION__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case PregonPackage.CONVERSATION__KIND:
				return kind != KIND_EDEFAULT;
			case PregonPackage.CONVERSATION__PARTICIPANT:
				return PARTICIPANT_EDEFAULT == null ? participant != null : !PARTICIPANT_EDEFAULT.equals(participant);
			case PregonPackage.CONVERSATION__POST_REMOTE_ID:
				return POST_REMOTE_ID_EDEFAULT == null ? postRemoteId != null : !POST_REMOTE_ID_EDEFAULT.equals(postRemoteId);
			case PregonPackage.CONVERSATION__STATUS:
				return status != STATUS_EDEFAULT;
			case PregonPackage.CONVERSATION__ASSIGNEE:
				return ASSIGNEE_EDEFAULT == null ? assignee != null : !ASSIGNEE_EDEFAULT.equals(assignee);
			case PregonPackage.CONVERSATION__MESSAGES:
				return messages != null && !messages.isEmpty();
			case PregonPackage.CONVERSATION__UNREAD:
				return unread != UNREAD_EDEFAULT;
			case PregonPackage.CONVERSATION__NOTES:
				return notes != null && !notes.isEmpty();
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
		result.append(", accountId: ");
		result.append(accountId);
		result.append(", networkKind: ");
		result.append(networkKind);
		result.append(", remoteId: ");
		result.append(remoteId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", participant: ");
		result.append(participant);
		result.append(", postRemoteId: ");
		result.append(postRemoteId);
		result.append(", status: ");
		result.append(status);
		result.append(", assignee: ");
		result.append(assignee);
		result.append(", unread: ");
		result.append(unread);
		result.append(')');
		return result.toString();
	}

} //ConversationImpl
