/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Live Broadcast</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.LiveBroadcast#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getTitles <em>Titles</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getEventId <em>Event Id</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getEndsAt <em>Ends At</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getAccountIds <em>Account Ids</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getStreamUrl <em>Stream Url</em>}</li>
 *   <li>{@link org.pregon.model.LiveBroadcast#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getLiveBroadcast()
 * @model
 * @generated
 */
public interface LiveBroadcast extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.LiveBroadcast#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Titles</b></em>' containment reference list.
	 * The list contents are of type {@link org.pregon.model.LocalizedText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Titles</em>' containment reference list.
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_Titles()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getTitles();

	/**
	 * Returns the value of the '<em><b>Event Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Id</em>' attribute.
	 * @see #setEventId(String)
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_EventId()
	 * @model
	 * @generated
	 */
	String getEventId();

	/**
	 * Sets the value of the '{@link org.pregon.model.LiveBroadcast#getEventId <em>Event Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Id</em>' attribute.
	 * @see #getEventId()
	 * @generated
	 */
	void setEventId(String value);

	/**
	 * Returns the value of the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Starts At</em>' attribute.
	 * @see #setStartsAt(Date)
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_StartsAt()
	 * @model
	 * @generated
	 */
	Date getStartsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.LiveBroadcast#getStartsAt <em>Starts At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starts At</em>' attribute.
	 * @see #getStartsAt()
	 * @generated
	 */
	void setStartsAt(Date value);

	/**
	 * Returns the value of the '<em><b>Ends At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ends At</em>' attribute.
	 * @see #setEndsAt(Date)
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_EndsAt()
	 * @model
	 * @generated
	 */
	Date getEndsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.LiveBroadcast#getEndsAt <em>Ends At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ends At</em>' attribute.
	 * @see #getEndsAt()
	 * @generated
	 */
	void setEndsAt(Date value);

	/**
	 * Returns the value of the '<em><b>Account Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Ids</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_AccountIds()
	 * @model
	 * @generated
	 */
	EList<String> getAccountIds();

	/**
	 * Returns the value of the '<em><b>Stream Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stream Url</em>' attribute.
	 * @see #setStreamUrl(String)
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_StreamUrl()
	 * @model
	 * @generated
	 */
	String getStreamUrl();

	/**
	 * Sets the value of the '{@link org.pregon.model.LiveBroadcast#getStreamUrl <em>Stream Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream Url</em>' attribute.
	 * @see #getStreamUrl()
	 * @generated
	 */
	void setStreamUrl(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.BroadcastStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.BroadcastStatus
	 * @see #setStatus(BroadcastStatus)
	 * @see org.pregon.model.PregonPackage#getLiveBroadcast_Status()
	 * @model
	 * @generated
	 */
	BroadcastStatus getStatus();

	/**
	 * Sets the value of the '{@link org.pregon.model.LiveBroadcast#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.BroadcastStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BroadcastStatus value);

} // LiveBroadcast
