/**
 */
package org.pregon.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.pregon.model.ApprovalMode;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.ApprovalPolicyImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.pregon.model.impl.ApprovalPolicyImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.pregon.model.impl.ApprovalPolicyImpl#getRequired <em>Required</em>}</li>
 *   <li>{@link org.pregon.model.impl.ApprovalPolicyImpl#isRepliesNeedApproval <em>Replies Need Approval</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalPolicyImpl extends EObjectImpl implements ApprovalPolicy {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ApprovalMode MODE_EDEFAULT = ApprovalMode.NONE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ApprovalMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected EList<String> group;

	/**
	 * The default value of the '{@link #getRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequired()
	 * @generated
	 * @ordered
	 */
	protected static final int REQUIRED_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequired()
	 * @generated
	 * @ordered
	 */
	protected int required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isRepliesNeedApproval() <em>Replies Need Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepliesNeedApproval()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REPLIES_NEED_APPROVAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRepliesNeedApproval() <em>Replies Need Approval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRepliesNeedApproval()
	 * @generated
	 * @ordered
	 */
	protected boolean repliesNeedApproval = REPLIES_NEED_APPROVAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.APPROVAL_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ApprovalMode newMode) {
		ApprovalMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.APPROVAL_POLICY__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGroup() {
		if (group == null) {
			group = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.APPROVAL_POLICY__GROUP);
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(int newRequired) {
		int oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.APPROVAL_POLICY__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRepliesNeedApproval() {
		return repliesNeedApproval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepliesNeedApproval(boolean newRepliesNeedApproval) {
		boolean oldRepliesNeedApproval = repliesNeedApproval;
		repliesNeedApproval = newRepliesNeedApproval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.APPROVAL_POLICY__REPLIES_NEED_APPROVAL, oldRepliesNeedApproval, repliesNeedApproval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.APPROVAL_POLICY__MODE:
				return getMode();
			case PregonPackage.APPROVAL_POLICY__GROUP:
				return getGroup();
			case PregonPackage.APPROVAL_POLICY__REQUIRED:
				return getRequired();
			case PregonPackage.APPROVAL_POLICY__REPLIES_NEED_APPROVAL:
				return isRepliesNeedApproval();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PregonPackage.APPROVAL_POLICY__MODE:
				setMode((ApprovalMode)newValue);
				return;
			case PregonPackage.APPROVAL_POLICY__GROUP:
				getGroup().clear();
				getGroup().addAll((Collection<? extends String>)newValue);
				return;
			case PregonPackage.APPROVAL_POLICY__REQUIRED:
				setRequired((Integer)newValue);
				return;
			case PregonPackage.APPROVAL_POLICY__REPLIES_NEED_APPROVAL:
				setRepliesNeedApproval((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PregonPackage.APPROVAL_POLICY__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case PregonPackage.APPROVAL_POLICY__GROUP:
				getGroup().clear();
				return;
			case PregonPackage.APPROVAL_POLICY__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case PregonPackage.APPROVAL_POLICY__REPLIES_NEED_APPROVAL:
				setRepliesNeedApproval(REPLIES_NEED_APPROVAL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PregonPackage.APPROVAL_POLICY__MODE:
				return mode != MODE_EDEFAULT;
			case PregonPackage.APPROVAL_POLICY__GROUP:
				return group != null && !group.isEmpty();
			case PregonPackage.APPROVAL_POLICY__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case PregonPackage.APPROVAL_POLICY__REPLIES_NEED_APPROVAL:
				return repliesNeedApproval != REPLIES_NEED_APPROVAL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mode: ");
		result.append(mode);
		result.append(", group: ");
		result.append(group);
		result.append(", required: ");
		result.append(required);
		result.append(", repliesNeedApproval: ");
		result.append(repliesNeedApproval);
		result.append(')');
		return result.toString();
	}

} //ApprovalPolicyImpl
