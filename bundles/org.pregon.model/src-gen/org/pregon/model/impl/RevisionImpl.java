/**
 */
package org.pregon.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.pregon.model.PregonPackage;
import org.pregon.model.Revision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Revision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.RevisionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.impl.RevisionImpl#getEditedAt <em>Edited At</em>}</li>
 *   <li>{@link org.pregon.model.impl.RevisionImpl#getSeenAt <em>Seen At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RevisionImpl extends EObjectImpl implements Revision {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEditedAt() <em>Edited At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date EDITED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEditedAt() <em>Edited At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditedAt()
	 * @generated
	 * @ordered
	 */
	protected Date editedAt = EDITED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeenAt() <em>Seen At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SEEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeenAt() <em>Seen At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeenAt()
	 * @generated
	 * @ordered
	 */
	protected Date seenAt = SEEN_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RevisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.REVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.REVISION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEditedAt() {
		return editedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditedAt(Date newEditedAt) {
		Date oldEditedAt = editedAt;
		editedAt = newEditedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.REVISION__EDITED_AT, oldEditedAt, editedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSeenAt() {
		return seenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeenAt(Date newSeenAt) {
		Date oldSeenAt = seenAt;
		seenAt = newSeenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.REVISION__SEEN_AT, oldSeenAt, seenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.REVISION__TEXT:
				return getText();
			case PregonPackage.REVISION__EDITED_AT:
				return getEditedAt();
			case PregonPackage.REVISION__SEEN_AT:
				return getSeenAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PregonPackage.REVISION__TEXT:
				setText((String)newValue);
				return;
			case PregonPackage.REVISION__EDITED_AT:
				setEditedAt((Date)newValue);
				return;
			case PregonPackage.REVISION__SEEN_AT:
				setSeenAt((Date)newValue);
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
			case PregonPackage.REVISION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PregonPackage.REVISION__EDITED_AT:
				setEditedAt(EDITED_AT_EDEFAULT);
				return;
			case PregonPackage.REVISION__SEEN_AT:
				setSeenAt(SEEN_AT_EDEFAULT);
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
			case PregonPackage.REVISION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PregonPackage.REVISION__EDITED_AT:
				return EDITED_AT_EDEFAULT == null ? editedAt != null : !EDITED_AT_EDEFAULT.equals(editedAt);
			case PregonPackage.REVISION__SEEN_AT:
				return SEEN_AT_EDEFAULT == null ? seenAt != null : !SEEN_AT_EDEFAULT.equals(seenAt);
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
		result.append(" (text: ");
		result.append(text);
		result.append(", editedAt: ");
		result.append(editedAt);
		result.append(", seenAt: ");
		result.append(seenAt);
		result.append(')');
		return result.toString();
	}

} //RevisionImpl
