/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Archived Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A post, comment or message seen on a network: the administration's own record, never removed (deletedAt marks what vanished from the network).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.ArchivedItem#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getParentRemoteId <em>Parent Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getUrl <em>Url</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getCampaignId <em>Campaign Id</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getEditedAt <em>Edited At</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getDeletedAt <em>Deleted At</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.pregon.model.ArchivedItem#getMedia <em>Media</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getArchivedItem()
 * @model
 * @generated
 */
public interface ArchivedItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getId <em>Id</em>}' attribute.
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
	 * @see org.pregon.model.PregonPackage#getArchivedItem_AccountId()
	 * @model
	 * @generated
	 */
	String getAccountId();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getAccountId <em>Account Id</em>}' attribute.
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
	 * @see org.pregon.model.PregonPackage#getArchivedItem_NetworkKind()
	 * @model
	 * @generated
	 */
	String getNetworkKind();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getNetworkKind <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Kind</em>' attribute.
	 * @see #getNetworkKind()
	 * @generated
	 */
	void setNetworkKind(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pregon.model.ItemKind
	 * @see #setKind(ItemKind)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Kind()
	 * @model
	 * @generated
	 */
	ItemKind getKind();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pregon.model.ItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemKind value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Parent Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Remote Id</em>' attribute.
	 * @see #setParentRemoteId(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_ParentRemoteId()
	 * @model
	 * @generated
	 */
	String getParentRemoteId();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getParentRemoteId <em>Parent Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Remote Id</em>' attribute.
	 * @see #getParentRemoteId()
	 * @generated
	 */
	void setParentRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Campaign Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign Id</em>' attribute.
	 * @see #setCampaignId(String)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_CampaignId()
	 * @model
	 * @generated
	 */
	String getCampaignId();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getCampaignId <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Id</em>' attribute.
	 * @see #getCampaignId()
	 * @generated
	 */
	void setCampaignId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Edited At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edited At</em>' attribute.
	 * @see #setEditedAt(Date)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_EditedAt()
	 * @model
	 * @generated
	 */
	Date getEditedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getEditedAt <em>Edited At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edited At</em>' attribute.
	 * @see #getEditedAt()
	 * @generated
	 */
	void setEditedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Deleted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deleted At</em>' attribute.
	 * @see #setDeletedAt(Date)
	 * @see org.pregon.model.PregonPackage#getArchivedItem_DeletedAt()
	 * @model
	 * @generated
	 */
	Date getDeletedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.ArchivedItem#getDeletedAt <em>Deleted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted At</em>' attribute.
	 * @see #getDeletedAt()
	 * @generated
	 */
	void setDeletedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Revision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revisions</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Revisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Revision> getRevisions();

	/**
	 * Returns the value of the '<em><b>Media</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.ArchivedMedia}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getArchivedItem_Media()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArchivedMedia> getMedia();

} // ArchivedItem
