/**
 */
package org.pregon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Account#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.Account#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.Account#getHandle <em>Handle</em>}</li>
 *   <li>{@link org.pregon.model.Account#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.pregon.model.Account#getServerUrl <em>Server Url</em>}</li>
 *   <li>{@link org.pregon.model.Account#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.pregon.model.Account#getCredentialState <em>Credential State</em>}</li>
 *   <li>{@link org.pregon.model.Account#getTextLimit <em>Text Limit</em>}</li>
 *   <li>{@link org.pregon.model.Account#getUrlLength <em>Url Length</em>}</li>
 *   <li>{@link org.pregon.model.Account#getApprovalPolicy <em>Approval Policy</em>}</li>
 *   <li>{@link org.pregon.model.Account#getQueueSlots <em>Queue Slots</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getAccount()
 * @model
 * @generated
 */
public interface Account extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getAccount_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Kind</em>' attribute.
	 * @see #setNetworkKind(String)
	 * @see org.pregon.model.PregonPackage#getAccount_NetworkKind()
	 * @model required="true"
	 * @generated
	 */
	String getNetworkKind();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getNetworkKind <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Kind</em>' attribute.
	 * @see #getNetworkKind()
	 * @generated
	 */
	void setNetworkKind(String value);

	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #setHandle(String)
	 * @see org.pregon.model.PregonPackage#getAccount_Handle()
	 * @model
	 * @generated
	 */
	String getHandle();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle</em>' attribute.
	 * @see #getHandle()
	 * @generated
	 */
	void setHandle(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.pregon.model.PregonPackage#getAccount_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Server Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Server Url</em>' attribute.
	 * @see #setServerUrl(String)
	 * @see org.pregon.model.PregonPackage#getAccount_ServerUrl()
	 * @model
	 * @generated
	 */
	String getServerUrl();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getServerUrl <em>Server Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server Url</em>' attribute.
	 * @see #getServerUrl()
	 * @generated
	 */
	void setServerUrl(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getAccount_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Credential State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.CredentialState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credential State</em>' attribute.
	 * @see org.pregon.model.CredentialState
	 * @see #setCredentialState(CredentialState)
	 * @see org.pregon.model.PregonPackage#getAccount_CredentialState()
	 * @model
	 * @generated
	 */
	CredentialState getCredentialState();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getCredentialState <em>Credential State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential State</em>' attribute.
	 * @see org.pregon.model.CredentialState
	 * @see #getCredentialState()
	 * @generated
	 */
	void setCredentialState(CredentialState value);

	/**
	 * Returns the value of the '<em><b>Text Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's own text limit, where each server sets one (Mastodon), read when the account is verified; null means the network's declared limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Limit</em>' attribute.
	 * @see #setTextLimit(Integer)
	 * @see org.pregon.model.PregonPackage#getAccount_TextLimit()
	 * @model
	 * @generated
	 */
	Integer getTextLimit();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getTextLimit <em>Text Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Limit</em>' attribute.
	 * @see #getTextLimit()
	 * @generated
	 */
	void setTextLimit(Integer value);

	/**
	 * Returns the value of the '<em><b>Url Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many characters the server counts per URL (Mastodon characters_reserved_per_url); null means the network's declared value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url Length</em>' attribute.
	 * @see #setUrlLength(Integer)
	 * @see org.pregon.model.PregonPackage#getAccount_UrlLength()
	 * @model
	 * @generated
	 */
	Integer getUrlLength();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getUrlLength <em>Url Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url Length</em>' attribute.
	 * @see #getUrlLength()
	 * @generated
	 */
	void setUrlLength(Integer value);

	/**
	 * Returns the value of the '<em><b>Approval Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Null means no approval needed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Policy</em>' containment reference.
	 * @see #setApprovalPolicy(ApprovalPolicy)
	 * @see org.pregon.model.PregonPackage#getAccount_ApprovalPolicy()
	 * @model containment="true"
	 * @generated
	 */
	ApprovalPolicy getApprovalPolicy();

	/**
	 * Sets the value of the '{@link org.pregon.model.Account#getApprovalPolicy <em>Approval Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Policy</em>' containment reference.
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	void setApprovalPolicy(ApprovalPolicy value);

	/**
	 * Returns the value of the '<em><b>Queue Slots</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.QueueSlot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recurring times this account publishes at (the queue); posts added to the queue take the next free slot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queue Slots</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getAccount_QueueSlots()
	 * @model containment="true"
	 * @generated
	 */
	EList<QueueSlot> getQueueSlots();

} // Account
