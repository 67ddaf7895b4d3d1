/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Event#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.Event#getTitles <em>Titles</em>}</li>
 *   <li>{@link org.pregon.model.Event#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.Event#getEndsAt <em>Ends At</em>}</li>
 *   <li>{@link org.pregon.model.Event#getLocation <em>Location</em>}</li>
 *   <li>{@link org.pregon.model.Event#getOnlineUrl <em>Online Url</em>}</li>
 *   <li>{@link org.pregon.model.Event#getCampaignId <em>Campaign Id</em>}</li>
 *   <li>{@link org.pregon.model.Event#getAccountIds <em>Account Ids</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getEvent()
 * @model
 * @generated
 */
public interface Event extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getEvent_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Event#getId <em>Id</em>}' attribute.
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
	 * @see org.pregon.model.PregonPackage#getEvent_Titles()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getTitles();

	/**
	 * Returns the value of the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Starts At</em>' attribute.
	 * @see #setStartsAt(Date)
	 * @see org.pregon.model.PregonPackage#getEvent_StartsAt()
	 * @model
	 * @generated
	 */
	Date getStartsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Event#getStartsAt <em>Starts At</em>}' attribute.
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
	 * @see org.pregon.model.PregonPackage#getEvent_EndsAt()
	 * @model
	 * @generated
	 */
	Date getEndsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Event#getEndsAt <em>Ends At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ends At</em>' attribute.
	 * @see #getEndsAt()
	 * @generated
	 */
	void setEndsAt(Date value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.pregon.model.PregonPackage#getEvent_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.pregon.model.Event#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Online Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Online Url</em>' attribute.
	 * @see #setOnlineUrl(String)
	 * @see org.pregon.model.PregonPackage#getEvent_OnlineUrl()
	 * @model
	 * @generated
	 */
	String getOnlineUrl();

	/**
	 * Sets the value of the '{@link org.pregon.model.Event#getOnlineUrl <em>Online Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online Url</em>' attribute.
	 * @see #getOnlineUrl()
	 * @generated
	 */
	void setOnlineUrl(String value);

	/**
	 * Returns the value of the '<em><b>Campaign Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign Id</em>' attribute.
	 * @see #setCampaignId(String)
	 * @see org.pregon.model.PregonPackage#getEvent_CampaignId()
	 * @model
	 * @generated
	 */
	String getCampaignId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Event#getCampaignId <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Id</em>' attribute.
	 * @see #getCampaignId()
	 * @generated
	 */
	void setCampaignId(String value);

	/**
	 * Returns the value of the '<em><b>Account Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Ids</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getEvent_AccountIds()
	 * @model
	 * @generated
	 */
	EList<String> getAccountIds();

} // Event
