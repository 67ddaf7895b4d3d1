/**
 */
package org.pregon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who must approve what goes out on an account: nobody, one approver (from the group when one is given), or required approvers out of the group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.ApprovalPolicy#getMode <em>Mode</em>}</li>
 *   <li>{@link org.pregon.model.ApprovalPolicy#getGroup <em>Group</em>}</li>
 *   <li>{@link org.pregon.model.ApprovalPolicy#getRequired <em>Required</em>}</li>
 *   <li>{@link org.pregon.model.ApprovalPolicy#isRepliesNeedApproval <em>Replies Need Approval</em>}</li>
 * </ul>
 *
 * @see org.pregon.model.PregonPackage#getApprovalPolicy()
 * @model
 * @generated
 */
public interface ApprovalPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pregon.model.ApprovalMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.pregon.model.ApprovalMode
	 * @see #setMode(ApprovalMode)
	 * @see org.pregon.model.PregonPackage#getApprovalPolicy_Mode()
	 * @model
	 * @generated
	 */
	ApprovalMode getMode();

	/**
	 * Sets the value of the '{@link org.pregon.model.ApprovalPolicy#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.pregon.model.ApprovalMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ApprovalMode value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute list.
	 * @see org.pregon.model.PregonPackage#getApprovalPolicy_Group()
	 * @model
	 * @generated
	 */
	EList<String> getGroup();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(int)
	 * @see org.pregon.model.PregonPackage#getApprovalPolicy_Required()
	 * @model default="1"
	 * @generated
	 */
	int getRequired();

	/**
	 * Sets the value of the '{@link org.pregon.model.ApprovalPolicy#getRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #getRequired()
	 * @generated
	 */
	void setRequired(int value);

	/**
	 * Returns the value of the '<em><b>Replies Need Approval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replies Need Approval</em>' attribute.
	 * @see #setRepliesNeedApproval(boolean)
	 * @see org.pregon.model.PregonPackage#getApprovalPolicy_RepliesNeedApproval()
	 * @model
	 * @generated
	 */
	boolean isRepliesNeedApproval();

	/**
	 * Sets the value of the '{@link org.pregon.model.ApprovalPolicy#isRepliesNeedApproval <em>Replies Need Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replies Need Approval</em>' attribute.
	 * @see #isRepliesNeedApproval()
	 * @generated
	 */
	void setRepliesNeedApproval(boolean value);

} // ApprovalPolicy
