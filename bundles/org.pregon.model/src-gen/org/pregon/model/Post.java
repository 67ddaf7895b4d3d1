/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One publication intent, written once in one or two languages, published through per-account variants.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Post#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.Post#getTexts <em>Texts</em>}</li>
 *   <li>{@link org.pregon.model.Post#getLink <em>Link</em>}</li>
 *   <li>{@link org.pregon.model.Post#getMedia <em>Media</em>}</li>
 *   <li>{@link org.pregon.model.Post#getSegmentIds <em>Segment Ids</em>}</li>
 *   <li>{@link org.pregon.model.Post#getCampaignId <em>Campaign Id</em>}</li>
 *   <li>{@link org.pregon.model.Post#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.Post#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.pregon.model.Post#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pregon.model.Post#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.pregon.model.Post#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.pregon.model.Post#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.pregon.model.Post#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.pregon.model.Post#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link org.pregon.model.Post#getRejectionReason <em>Rejection Reason</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getPost()
 * @model
 * @generated
 */
public interface Post extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getPost_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Texts</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.LocalizedText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Texts</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getPost_Texts()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getTexts();

	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see #setLink(String)
	 * @see org.pregon.model.PregonPackage#getPost_Link()
	 * @model
	 * @generated
	 */
	String getLink();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(String value);

	/**
	 * Returns the value of the '<em><b>Media</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.MediaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getPost_Media()
	 * @model containment="true"
	 * @generated
	 */
	EList<MediaItem> getMedia();

	/**
	 * Returns the value of the '<em><b>Segment Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment Ids</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getPost_SegmentIds()
	 * @model
	 * @generated
	 */
	EList<String> getSegmentIds();

	/**
	 * Returns the value of the '<em><b>Campaign Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign Id</em>' attribute.
	 * @see #setCampaignId(String)
	 * @see org.pregon.model.PregonPackage#getPost_CampaignId()
	 * @model
	 * @generated
	 */
	String getCampaignId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getCampaignId <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Id</em>' attribute.
	 * @see #getCampaignId()
	 * @generated
	 */
	void setCampaignId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.PostStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.PostStatus
	 * @see #setStatus(PostStatus)
	 * @see org.pregon.model.PregonPackage#getPost_Status()
	 * @model
	 * @generated
	 */
	PostStatus getStatus();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.PostStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PostStatus value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.pregon.model.PregonPackage#getPost_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.pregon.model.PregonPackage#getPost_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Date)
	 * @see org.pregon.model.PregonPackage#getPost_UpdatedAt()
	 * @model
	 * @generated
	 */
	Date getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduled At</em>' attribute.
	 * @see #setScheduledAt(Date)
	 * @see org.pregon.model.PregonPackage#getPost_ScheduledAt()
	 * @model
	 * @generated
	 */
	Date getScheduledAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getScheduledAt <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled At</em>' attribute.
	 * @see #getScheduledAt()
	 * @generated
	 */
	void setScheduledAt(Date value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(Date)
	 * @see org.pregon.model.PregonPackage#getPost_PublishedAt()
	 * @model
	 * @generated
	 */
	Date getPublishedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.PostVariant}.
	 * It is bidirectional and its opposite is '{@link org.pregon.model.PostVariant#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getPost_Variants()
	 * @see org.pregon.model.PostVariant#getPost
	 * @model opposite="post" containment="true"
	 * @generated
	 */
	EList<PostVariant> getVariants();

	/**
	 * Returns the value of the '<em><b>Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Approval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvals</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getPost_Approvals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Approval> getApprovals();

	/**
	 * Returns the value of the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the last review sent the post back to draft; cleared when it is submitted again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejection Reason</em>' attribute.
	 * @see #setRejectionReason(String)
	 * @see org.pregon.model.PregonPackage#getPost_RejectionReason()
	 * @model
	 * @generated
	 */
	String getRejectionReason();

	/**
	 * Sets the value of the '{@link org.pregon.model.Post#getRejectionReason <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejection Reason</em>' attribute.
	 * @see #getRejectionReason()
	 * @generated
	 */
	void setRejectionReason(String value);

} // Post
