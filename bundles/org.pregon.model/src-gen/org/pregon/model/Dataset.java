/**
 */
package org.pregon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A whole workspace's content as one document: used for the demo dataset and for imports, never as the working store.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Dataset#getName <em>Name</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getPosts <em>Posts</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getArchivedItems <em>Archived Items</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getConversations <em>Conversations</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getEvents <em>Events</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getBroadcasts <em>Broadcasts</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getAdRequests <em>Ad Requests</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getAuditEntries <em>Audit Entries</em>}</li>
 *   <li>{@link org.pregon.model.Dataset#getSavedReplies <em>Saved Replies</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getDataset()
 * @model
 * @generated
 */
public interface Dataset extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pregon.model.PregonPackage#getDataset_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pregon.model.Dataset#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Accounts</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Account}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accounts</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Accounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Account> getAccounts();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Posts</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Post}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Posts</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Posts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Post> getPosts();

	/**
	 * Returns the value of the '<em><b>Archived Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.ArchivedItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Archived Items</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_ArchivedItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArchivedItem> getArchivedItems();

	/**
	 * Returns the value of the '<em><b>Conversations</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Conversation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversations</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Conversations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conversation> getConversations();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Event}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<Event> getEvents();

	/**
	 * Returns the value of the '<em><b>Broadcasts</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.LiveBroadcast}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Broadcasts</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_Broadcasts()
	 * @model containment="true"
	 * @generated
	 */
	EList<LiveBroadcast> getBroadcasts();

	/**
	 * Returns the value of the '<em><b>Ad Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.AdRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ad Requests</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_AdRequests()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdRequest> getAdRequests();

	/**
	 * Returns the value of the '<em><b>Audit Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.AuditEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audit Entries</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_AuditEntries()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuditEntry> getAuditEntries();

	/**
	 * Returns the value of the '<em><b>Saved Replies</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.SavedReply}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Saved Replies</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getDataset_SavedReplies()
	 * @model containment="true"
	 * @generated
	 */
	EList<SavedReply> getSavedReplies();

} // Dataset
