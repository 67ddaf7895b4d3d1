/**
 */
package org.pregon.model;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ad Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A paid promotion ordered through the agency (the administration has no card): budget in euros, never charged by Pregón.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.AdRequest#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getPostId <em>Post Id</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getSegmentId <em>Segment Id</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getBudgetEur <em>Budget Eur</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getStartsAt <em>Starts At</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getEndsAt <em>Ends At</em>}</li>
 *   <li>{@link org.pregon.model.AdRequest#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getAdRequest()
 * @model
 * @generated
 */
public interface AdRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.pregon.model.PregonPackage#getAdRequest_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Post Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Post Id</em>' attribute.
	 * @see #setPostId(String)
	 * @see org.pregon.model.PregonPackage#getAdRequest_PostId()
	 * @model
	 * @generated
	 */
	String getPostId();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getPostId <em>Post Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Id</em>' attribute.
	 * @see #getPostId()
	 * @generated
	 */
	void setPostId(String value);

	/**
	 * Returns the value of the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Id</em>' attribute.
	 * @see #setAccountId(String)
	 * @see org.pregon.model.PregonPackage#getAdRequest_AccountId()
	 * @model
	 * @generated
	 */
	String getAccountId();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getAccountId <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Id</em>' attribute.
	 * @see #getAccountId()
	 * @generated
	 */
	void setAccountId(String value);

	/**
	 * Returns the value of the '<em><b>Segment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment Id</em>' attribute.
	 * @see #setSegmentId(String)
	 * @see org.pregon.model.PregonPackage#getAdRequest_SegmentId()
	 * @model
	 * @generated
	 */
	String getSegmentId();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getSegmentId <em>Segment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment Id</em>' attribute.
	 * @see #getSegmentId()
	 * @generated
	 */
	void setSegmentId(String value);

	/**
	 * Returns the value of the '<em><b>Budget Eur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Eur</em>' attribute.
	 * @see #setBudgetEur(BigDecimal)
	 * @see org.pregon.model.PregonPackage#getAdRequest_BudgetEur()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetEur();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getBudgetEur <em>Budget Eur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Eur</em>' attribute.
	 * @see #getBudgetEur()
	 * @generated
	 */
	void setBudgetEur(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' attribute.
	 * @see #setAgency(String)
	 * @see org.pregon.model.PregonPackage#getAdRequest_Agency()
	 * @model
	 * @generated
	 */
	String getAgency();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getAgency <em>Agency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' attribute.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.AdStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.AdStatus
	 * @see #setStatus(AdStatus)
	 * @see org.pregon.model.PregonPackage#getAdRequest_Status()
	 * @model
	 * @generated
	 */
	AdStatus getStatus();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.pregon.model.AdStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AdStatus value);

	/**
	 * Returns the value of the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Starts At</em>' attribute.
	 * @see #setStartsAt(Date)
	 * @see org.pregon.model.PregonPackage#getAdRequest_StartsAt()
	 * @model
	 * @generated
	 */
	Date getStartsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getStartsAt <em>Starts At</em>}' attribute.
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
	 * @see org.pregon.model.PregonPackage#getAdRequest_EndsAt()
	 * @model
	 * @generated
	 */
	Date getEndsAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getEndsAt <em>Ends At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ends At</em>' attribute.
	 * @see #getEndsAt()
	 * @generated
	 */
	void setEndsAt(Date value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.pregon.model.PregonPackage#getAdRequest_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.pregon.model.AdRequest#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // AdRequest
