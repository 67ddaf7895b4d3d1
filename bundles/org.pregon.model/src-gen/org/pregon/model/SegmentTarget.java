/**
 */
package org.pregon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a segment becomes on one network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.SegmentTarget#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.SegmentTarget#getDelivery <em>Delivery</em>}</li>
 *   <li>{@link org.pregon.model.SegmentTarget#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.SegmentTarget#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.pregon.model.SegmentTarget#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link org.pregon.model.SegmentTarget#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.pregon.model.SegmentTarget#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getSegmentTarget()
 * @model
 * @generated
 */
public interface SegmentTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Kind</em>' attribute.
	 * @see #setNetworkKind(String)
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_NetworkKind()
	 * @model
	 * @generated
	 */
	String getNetworkKind();

	/**
	 * Sets the value of the '{@link org.pregon.model.SegmentTarget#getNetworkKind <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Kind</em>' attribute.
	 * @see #getNetworkKind()
	 * @generated
	 */
	void setNetworkKind(String value);

	/**
	 * Returns the value of the '<em><b>Delivery</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.SegmentDelivery}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivery</em>' attribute.
	 * @see org.pregon.model.SegmentDelivery
	 * @see #setDelivery(SegmentDelivery)
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_Delivery()
	 * @model
	 * @generated
	 */
	SegmentDelivery getDelivery();

	/**
	 * Sets the value of the '{@link org.pregon.model.SegmentTarget#getDelivery <em>Delivery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivery</em>' attribute.
	 * @see org.pregon.model.SegmentDelivery
	 * @see #getDelivery()
	 * @generated
	 */
	void setDelivery(SegmentDelivery value);

	/**
	 * Returns the value of the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For SEPARATE_ACCOUNT: the account that reaches the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Id</em>' attribute.
	 * @see #setAccountId(String)
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_AccountId()
	 * @model
	 * @generated
	 */
	String getAccountId();

	/**
	 * Sets the value of the '{@link org.pregon.model.SegmentTarget#getAccountId <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Id</em>' attribute.
	 * @see #getAccountId()
	 * @generated
	 */
	void setAccountId(String value);

	/**
	 * Returns the value of the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Age</em>' attribute.
	 * @see #setMinAge(Integer)
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_MinAge()
	 * @model
	 * @generated
	 */
	Integer getMinAge();

	/**
	 * Sets the value of the '{@link org.pregon.model.SegmentTarget#getMinAge <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Age</em>' attribute.
	 * @see #getMinAge()
	 * @generated
	 */
	void setMinAge(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(Integer)
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_MaxAge()
	 * @model
	 * @generated
	 */
	Integer getMaxAge();

	/**
	 * Sets the value of the '{@link org.pregon.model.SegmentTarget#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(Integer value);

	/**
	 * Returns the value of the '<em><b>Countries</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Countries</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_Countries()
	 * @model
	 * @generated
	 */
	EList<String> getCountries();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.pregon.model.PregonPackage#getSegmentTarget_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.pregon.model.SegmentTarget#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // SegmentTarget
