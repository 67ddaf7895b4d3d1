/**
 */
package org.pregon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A private conversation or a comment thread with a citizen on one account.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Conversation#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getPostRemoteId <em>Post Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getMessages <em>Messages</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#isUnread <em>Unread</em>}</li>
 *   <li>{@link org.pregon.model.Conversation#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getConversation()
 * @model
 * @generated
 */
public interface Conversation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getConversation_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Id</em>' attribute.
	 * @see #setAccountId(String)
	 * @see org.pregon.model.PregonPackage#getConversation_AccountId()
	 * @model
	 * @generated
	 */
	String getAccountId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getAccountId <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Id</em>' attribute.
	 * @see #getAccountId()
	 * @generated
	 */
	void setAccountId(String value);

	/**
	 * Returns the value of the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Kind</em>' attribute.
	 * @see #setNetworkKind(String)
	 * @see org.pregon.model.PregonPackage#getConversation_NetworkKind()
	 * @model
	 * @generated
	 */
	String getNetworkKind();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getNetworkKind <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Kind</em>' attribute.
	 * @see #getNetworkKind()
	 * @generated
	 */
	void setNetworkKind(String value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see org.pregon.model.PregonPackage#getConversation_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pregon.model.ItemKind
	 * @see #setKind(ItemKind)
	 * @see org.pregon.model.PregonPackage#getConversation_Kind()
	 * @model
	 * @generated
	 */
	ItemKind getKind();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pregon.model.ItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemKind value);

	/**
	 * Returns the value of the '<em><b>Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' attribute.
	 * @see #setParticipant(String)
	 * @see org.pregon.model.PregonPackage#getConversation_Participant()
	 * @model
	 * @generated
	 */
	String getParticipant();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getParticipant <em>Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant</em>' attribute.
	 * @see #getParticipant()
	 * @generated
	 */
	void setParticipant(String value);

	/**
	 * Returns the value of the '<em><b>Post Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Remote Id</em>' attribute.
	 * @see #setPostRemoteId(String)
	 * @see org.pregon.model.PregonPackage#getConversation_PostRemoteId()
	 * @model
	 * @generated
	 */
	String getPostRemoteId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getPostRemoteId <em>Post Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Remote Id</em>' attribute.
	 * @see #getPostRemoteId()
	 * @generated
	 */
	void setPostRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.ConversationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.ConversationStatus
	 * @see #setStatus(ConversationStatus)
	 * @see org.pregon.model.PregonPackage#getConversation_Status()
	 * @model
	 * @generated
	 */
	ConversationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.ConversationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ConversationStatus value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' attribute.
	 * @see #setAssignee(String)
	 * @see org.pregon.model.PregonPackage#getConversation_Assignee()
	 * @model
	 * @generated
	 */
	String getAssignee();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#getAssignee <em>Assignee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' attribute.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(String value);

	/**
	 * Returns the value of the '<em><b>Messages</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Message}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Messages</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getConversation_Messages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Message> getMessages();

	/**
	 * Returns the value of the '<em><b>Unread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unread</em>' attribute.
	 * @see #setUnread(boolean)
	 * @see org.pregon.model.PregonPackage#getConversation_Unread()
	 * @model
	 * @generated
	 */
	boolean isUnread();

	/**
	 * Sets the value of the '{@link org.pregon.model.Conversation#isUnread <em>Unread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unread</em>' attribute.
	 * @see #isUnread()
	 * @generated
	 */
	void setUnread(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internal notes of the team, never sent to the network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getConversation_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

} // Conversation
