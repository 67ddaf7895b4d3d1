/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Campaign#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link org.pregon.model.Campaign#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.Campaign#getEndsAt <em>Ends At</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getCampaign_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.Campaign#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pregon.model.PregonPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pregon.model.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Starts At</em>' attribute.
	 * @see #setStartsAt(Date)
	 * @see org.pregon.model.PregonPackage#getCampaign_StartsAt()
	 * @model
	 * @generated
	 */
	Date getStartsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Campaign#getStartsAt <em>Starts At</em>}' attribute.
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
	 * @see org.pregon.model.PregonPackage#getCampaign_EndsAt()
	 * @model
	 * @generated
	 */
	Date getEndsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Campaign#getEndsAt <em>Ends At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ends At</em>' attribute.
	 * @see #getEndsAt()
	 * @generated
	 */
	void setEndsAt(Date value);

} // Campaign
