/**
 */
package org.pregon.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Revision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.Revision#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.Revision#getEditedAt <em>Edited At</em>}</li>
 *   <li>{@link org.pregon.model.Revision#getSeenAt <em>Seen At</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getRevision()
 * @model
 * @generated
 */
public interface Revision extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.pregon.model.PregonPackage#getRevision_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.pregon.model.Revision#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Edited At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edited At</em>' attribute.
	 * @see #setEditedAt(Date)
	 * @see org.pregon.model.PregonPackage#getRevision_EditedAt()
	 * @model
	 * @generated
	 */
	Date getEditedAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Revision#getEditedAt <em>Edited At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edited At</em>' attribute.
	 * @see #getEditedAt()
	 * @generated
	 */
	void setEditedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Seen At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seen At</em>' attribute.
	 * @see #setSeenAt(Date)
	 * @see org.pregon.model.PregonPackage#getRevision_SeenAt()
	 * @model
	 * @generated
	 */
	Date getSeenAt();

	/**
	 * Sets the value of the '{@link org.pregon.model.Revision#getSeenAt <em>Seen At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seen At</em>' attribute.
	 * @see #getSeenAt()
	 * @generated
	 */
	void setSeenAt(Date value);

} // Revision
