/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Post Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The post as it goes out on one account: own text (null means derived from the post), language strategy, and the remote ids once published.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.PostVariant#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getPost <em>Post</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getLanguageStrategy <em>Language Strategy</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getRemoteIds <em>Remote Ids</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getFailureReason <em>Failure Reason</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getSegmentId <em>Segment Id</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getHandedOverAt <em>Handed Over At</em>}</li>
 *   <li>{@link org.pregon.model.PostVariant#getHandedOverFor <em>Handed Over For</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getPostVariant()
 * @model
 * @generated
 */
public interface PostVariant extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getPostVariant_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Post</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.pregon.model.Post#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post</em>' container reference.
	 * @see #setPost(Post)
	 * @see org.pregon.model.PregonPackage#getPostVariant_Post()
	 * @see org.pregon.model.Post#getVariants
	 * @model opposite="variants"
	 * @generated
	 */
	Post getPost();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getPost <em>Post</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post</em>' container reference.
	 * @see #getPost()
	 * @generated
	 */
	void setPost(Post value);

	/**
	 * Returns the value of the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Id</em>' attribute.
	 * @see #setAccountId(String)
	 * @see org.pregon.model.PregonPackage#getPostVariant_AccountId()
	 * @model required="true"
	 * @generated
	 */
	String getAccountId();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getAccountId <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Id</em>' attribute.
	 * @see #getAccountId()
	 * @generated
	 */
	void setAccountId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.pregon.model.PregonPackage#getPostVariant_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Language Strategy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.LanguageStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language Strategy</em>' attribute.
	 * @see org.pregon.model.LanguageStrategy
	 * @see #setLanguageStrategy(LanguageStrategy)
	 * @see org.pregon.model.PregonPackage#getPostVariant_LanguageStrategy()
	 * @model
	 * @generated
	 */
	LanguageStrategy getLanguageStrategy();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getLanguageStrategy <em>Language Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Strategy</em>' attribute.
	 * @see org.pregon.model.LanguageStrategy
	 * @see #getLanguageStrategy()
	 * @generated
	 */
	void setLanguageStrategy(LanguageStrategy value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.PostStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.PostStatus
	 * @see #setStatus(PostStatus)
	 * @see org.pregon.model.PregonPackage#getPostVariant_Status()
	 * @model
	 * @generated
	 */
	PostStatus getStatus();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.PostStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PostStatus value);

	/**
	 * Returns the value of the '<em><b>Remote Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Ids</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getPostVariant_RemoteIds()
	 * @model
	 * @generated
	 */
	EList<String> getRemoteIds();

	/**
	 * Returns the value of the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Url</em>' attribute.
	 * @see #setRemoteUrl(String)
	 * @see org.pregon.model.PregonPackage#getPostVariant_RemoteUrl()
	 * @model
	 * @generated
	 */
	String getRemoteUrl();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getRemoteUrl <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Url</em>' attribute.
	 * @see #getRemoteUrl()
	 * @generated
	 */
	void setRemoteUrl(String value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(Date)
	 * @see org.pregon.model.PregonPackage#getPostVariant_PublishedAt()
	 * @model
	 * @generated
	 */
	Date getPublishedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Failure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Reason</em>' attribute.
	 * @see #setFailureReason(String)
	 * @see org.pregon.model.PregonPackage#getPostVariant_FailureReason()
	 * @model
	 * @generated
	 */
	String getFailureReason();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getFailureReason <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Reason</em>' attribute.
	 * @see #getFailureReason()
	 * @generated
	 */
	void setFailureReason(String value);

	/**
	 * Returns the value of the '<em><b>Segment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment this variant is for when a segment needs its own variant or account; null for everyone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment Id</em>' attribute.
	 * @see #setSegmentId(String)
	 * @see org.pregon.model.PregonPackage#getPostVariant_SegmentId()
	 * @model
	 * @generated
	 */
	String getSegmentId();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getSegmentId <em>Segment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment Id</em>' attribute.
	 * @see #getSegmentId()
	 * @generated
	 */
	void setSegmentId(String value);

	/**
	 * Returns the value of the '<em><b>Handed Over At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the variant was handed to the network's own scheduler; null when Pregón publishes it itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handed Over At</em>' attribute.
	 * @see #setHandedOverAt(Date)
	 * @see org.pregon.model.PregonPackage#getPostVariant_HandedOverAt()
	 * @model
	 * @generated
	 */
	Date getHandedOverAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getHandedOverAt <em>Handed Over At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handed Over At</em>' attribute.
	 * @see #getHandedOverAt()
	 * @generated
	 */
	void setHandedOverAt(Date value);

	/**
	 * Returns the value of the '<em><b>Handed Over For</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publication time the network's scheduler was given; differs from the post's time when an edit still has to be propagated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handed Over For</em>' attribute.
	 * @see #setHandedOverFor(Date)
	 * @see org.pregon.model.PregonPackage#getPostVariant_HandedOverFor()
	 * @model
	 * @generated
	 */
	Date getHandedOverFor();

	/**
	 * Sets the value of the '{@link org.pregon.model.PostVariant#getHandedOverFor <em>Handed Over For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handed Over For</em>' attribute.
	 * @see #getHandedOverFor()
	 * @generated
	 */
	void setHandedOverFor(Date value);

} // PostVariant
