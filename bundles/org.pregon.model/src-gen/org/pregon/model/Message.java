/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Message#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.Message#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.Message#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.pregon.model.Message#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.pregon.model.Message#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.pregon.model.Message#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.Message#isAutomatic <em>Automatic</em>}</li>
 *   <li>{@link org.pregon.model.Message#isNoReplyNeeded <em>No Reply Needed</em>}</li>
 *   <li>{@link org.pregon.model.Message#isSpam <em>Spam</em>}</li>
 *   <li>{@link org.pregon.model.Message#getSentBy <em>Sent By</em>}</li>
 *   <li>{@link org.pregon.model.Message#getState <em>State</em>}</li>
 *   <li>{@link org.pregon.model.Message#getFailureReason <em>Failure Reason</em>}</li>
 *   <li>{@link org.pregon.model.Message#getApprovals <em>Approvals</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getMessage()
 * @model
 * @generated
 */
public interface Message extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getMessage_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see org.pregon.model.PregonPackage#getMessage_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.pregon.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.pregon.model.PregonPackage#getMessage_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.pregon.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.pregon.model.PregonPackage#getMessage_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sent At</em>' attribute.
	 * @see #setSentAt(Date)
	 * @see org.pregon.model.PregonPackage#getMessage_SentAt()
	 * @model
	 * @generated
	 */
	Date getSentAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getSentAt <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent At</em>' attribute.
	 * @see #getSentAt()
	 * @generated
	 */
	void setSentAt(Date value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.pregon.model.PregonPackage#getMessage_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Automatic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automatic</em>' attribute.
	 * @see #setAutomatic(boolean)
	 * @see org.pregon.model.PregonPackage#getMessage_Automatic()
	 * @model
	 * @generated
	 */
	boolean isAutomatic();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#isAutomatic <em>Automatic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automatic</em>' attribute.
	 * @see #isAutomatic()
	 * @generated
	 */
	void setAutomatic(boolean value);

	/**
	 * Returns the value of the '<em><b>No Reply Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marked in Pregón as needing no reply (e.g. a thank-you); left out of the effective response rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Reply Needed</em>' attribute.
	 * @see #setNoReplyNeeded(boolean)
	 * @see org.pregon.model.PregonPackage#getMessage_NoReplyNeeded()
	 * @model
	 * @generated
	 */
	boolean isNoReplyNeeded();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#isNoReplyNeeded <em>No Reply Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Reply Needed</em>' attribute.
	 * @see #isNoReplyNeeded()
	 * @generated
	 */
	void setNoReplyNeeded(boolean value);

	/**
	 * Returns the value of the '<em><b>Spam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spam</em>' attribute.
	 * @see #setSpam(boolean)
	 * @see org.pregon.model.PregonPackage#getMessage_Spam()
	 * @model
	 * @generated
	 */
	boolean isSpam();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#isSpam <em>Spam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spam</em>' attribute.
	 * @see #isSpam()
	 * @generated
	 */
	void setSpam(boolean value);

	/**
	 * Returns the value of the '<em><b>Sent By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Pregón user who wrote an outgoing message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sent By</em>' attribute.
	 * @see #setSentBy(String)
	 * @see org.pregon.model.PregonPackage#getMessage_SentBy()
	 * @model
	 * @generated
	 */
	String getSentBy();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getSentBy <em>Sent By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent By</em>' attribute.
	 * @see #getSentBy()
	 * @generated
	 */
	void setSentBy(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.MessageState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.pregon.model.MessageState
	 * @see #setState(MessageState)
	 * @see org.pregon.model.PregonPackage#getMessage_State()
	 * @model
	 * @generated
	 */
	MessageState getState();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.pregon.model.MessageState
	 * @see #getState()
	 * @generated
	 */
	void setState(MessageState value);

	/**
	 * Returns the value of the '<em><b>Failure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Reason</em>' attribute.
	 * @see #setFailureReason(String)
	 * @see org.pregon.model.PregonPackage#getMessage_FailureReason()
	 * @model
	 * @generated
	 */
	String getFailureReason();

	/**
	 * Sets the value of the '{@link org.pregon.model.Message#getFailureReason <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Reason</em>' attribute.
	 * @see #getFailureReason()
	 * @generated
	 */
	void setFailureReason(String value);

	/**
	 * Returns the value of the '<em><b>Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.Approval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvals</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getMessage_Approvals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Approval> getApprovals();

} // Message
