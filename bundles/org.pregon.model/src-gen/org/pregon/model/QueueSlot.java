/**
 */
package org.pregon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Queue Slot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recurring publication time of an account queue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.QueueSlot#getDaysOfWeek <em>Days Of Week</em>}</li>
 *   <li>{@link org.pregon.model.QueueSlot#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getQueueSlot()
 * @model
 * @generated
 */
public interface QueueSlot extends EObject {
	/**
	 * Returns the value of the '<em><b>Days Of Week</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO days of week, 1 = Monday … 7 = Sunday.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days Of Week</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getQueueSlot_DaysOfWeek()
	 * @model
	 * @generated
	 */
	EList<Integer> getDaysOfWeek();

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local wall-clock time HH:mm in the workspace time zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(String)
	 * @see org.pregon.model.PregonPackage#getQueueSlot_Time()
	 * @model
	 * @generated
	 */
	String getTime();

	/**
	 * Sets the value of the '{@link org.pregon.model.QueueSlot#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(String value);

} // QueueSlot
