/**
 */
package org.pregon.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.Account;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.CredentialState;
import org.pregon.model.PregonPackage;
import org.pregon.model.QueueSlot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getHandle <em>Handle</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getServerUrl <em>Server Url</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getCredentialState <em>Credential State</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getTextLimit <em>Text Limit</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getUrlLength <em>Url Length</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getApprovalPolicy <em>Approval Policy</em>}</li>
 *   <li>{@link org.pregon.model.impl.AccountImpl#getQueueSlots <em>Queue Slots</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends EObjectImpl implements Account {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetworkKind() <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkKind()
	 * @generated
	 * @ordered
	 */
	protected static final String NETWORK_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetworkKind() <em>Network Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkKind()
	 * @generated
	 * @ordered
	 */
	protected String networkKind = NETWORK_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandle() <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandle()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandle() <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandle()
	 * @generated
	 * @ordered
	 */
	protected String handle = HANDLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getServerUrl() <em>Server Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVER_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServerUrl() <em>Server Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServerUrl()
	 * @generated
	 * @ordered
	 */
	protected String serverUrl = SERVER_URL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The default value of the '{@link #getCredentialState() <em>Credential State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialState()
	 * @generated
	 * @ordered
	 */
	protected static final CredentialState CREDENTIAL_STATE_EDEFAULT = CredentialState.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCredentialState() <em>Credential State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialState()
	 * @generated
	 * @ordered
	 */
	protected CredentialState credentialState = CREDENTIAL_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextLimit() <em>Text Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TEXT_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextLimit() <em>Text Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer textLimit = TEXT_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrlLength() <em>Url Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrlLength()
	 * @generated
	 * @ordered
	 */
	protected static final Integer URL_LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrlLength() <em>Url Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrlLength()
	 * @generated
	 * @ordered
	 */
	protected Integer urlLength = URL_LENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprovalPolicy() <em>Approval Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalPolicy()
	 * @generated
	 * @ordered
	 */
	protected ApprovalPolicy approvalPolicy;

	/**
	 * The cached value of the '{@link #getQueueSlots() <em>Queue Slots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueSlots()
	 * @generated
	 * @ordered
	 */
	protected EList<QueueSlot> queueSlots;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.ACCOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetworkKind() {
		return networkKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkKind(String newNetworkKind) {
		String oldNetworkKind = networkKind;
		networkKind = newNetworkKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__NETWORK_KIND, oldNetworkKind, networkKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandle() {
		return handle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandle(String newHandle) {
		String oldHandle = handle;
		handle = newHandle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__HANDLE, oldHandle, handle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServerUrl() {
		return serverUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServerUrl(String newServerUrl) {
		String oldServerUrl = serverUrl;
		serverUrl = newServerUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__SERVER_URL, oldServerUrl, serverUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.ACCOUNT__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CredentialState getCredentialState() {
		return credentialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialState(CredentialState newCredentialState) {
		CredentialState oldCredentialState = credentialState;
		credentialState = newCredentialState == null ? CREDENTIAL_STATE_EDEFAULT : newCredentialState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__CREDENTIAL_STATE, oldCredentialState, credentialState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTextLimit() {
		return textLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextLimit(Integer newTextLimit) {
		Integer oldTextLimit = textLimit;
		textLimit = newTextLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__TEXT_LIMIT, oldTextLimit, textLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getUrlLength() {
		return urlLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrlLength(Integer newUrlLength) {
		Integer oldUrlLength = urlLength;
		urlLength = newUrlLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__URL_LENGTH, oldUrlLength, urlLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalPolicy getApprovalPolicy() {
		return approvalPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApprovalPolicy(ApprovalPolicy newApprovalPolicy, NotificationChain msgs) {
		ApprovalPolicy oldApprovalPolicy = approvalPolicy;
		approvalPolicy = newApprovalPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__APPROVAL_POLICY, oldApprovalPolicy, newApprovalPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalPolicy(ApprovalPolicy newApprovalPolicy) {
		if (newApprovalPolicy != approvalPolicy) {
			NotificationChain msgs = null;
			if (approvalPolicy != null)
				msgs = ((InternalEObject)approvalPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PregonPackage.ACCOUNT__APPROVAL_POLICY, null, msgs);
			if (newApprovalPolicy != null)
				msgs = ((InternalEObject)newApprovalPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PregonPackage.ACCOUNT__APPROVAL_POLICY, null, msgs);
			msgs = basicSetApprovalPolicy(newApprovalPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ACCOUNT__APPROVAL_POLICY, newApprovalPolicy, newApprovalPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QueueSlot> getQueueSlots() {
		if (queueSlots == null) {
			queueSlots = new EObjectContainmentEList<QueueSlot>(QueueSlot.class, this, PregonPackage.ACCOUNT__QUEUE_SLOTS);
		}
		return queueSlots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.ACCOUNT__APPROVAL_POLICY:
				return basicSetApprovalPolicy(null, msgs);
			case PregonPackage.ACCOUNT__QUEUE_SLOTS:
				return ((InternalEList<?>)getQueueSlots()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.ACCOUNT__ID:
				return getId();
			case PregonPackage.ACCOUNT__NETWORK_KIND:
				return getNetworkKind();
			case PregonPackage.ACCOUNT__HANDLE:
				return getHandle();
			case PregonPackage.ACCOUNT__DISPLAY_NAME:
				return getDisplayName();
			case PregonPackage.ACCOUNT__SERVER_URL:
				return getServerUrl();
			case PregonPackage.ACCOUNT__LANGUAGES:
				return getLanguages();
			case PregonPackage.ACCOUNT__CREDENTIAL_STATE:
				return getCredentialState();
			case PregonPackage.ACCOUNT__TEXT_LIMIT:
				return getTextLimit();
			case PregonPackage.ACCOUNT__URL_LENGTH:
				return getUrlLength();
			case PregonPackage.ACCOUNT__APPROVAL_POLICY:
				return getApprovalPolicy();
			case PregonPackage.ACCOUNT__QUEUE_SLOTS:
				return getQueueSlots();
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
			case PregonPackage.ACCOUNT__ID:
				setId((String)newValue);
				return;
			case PregonPackage.ACCOUNT__NETWORK_KIND:
				setNetworkKind((String)newValue);
				return;
			case PregonPackage.ACCOUNT__HANDLE:
				setHandle((String)newValue);
				return;
			case PregonPackage.ACCOUNT__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case PregonPackage.ACCOUNT__SERVER_URL:
				setServerUrl((String)newValue);
				return;
			case PregonPackage.ACCOUNT__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case PregonPackage.ACCOUNT__CREDENTIAL_STATE:
				setCredentialState((CredentialState)newValue);
				return;
			case PregonPackage.ACCOUNT__TEXT_LIMIT:
				setTextLimit((Integer)newValue);
				return;
			case PregonPackage.ACCOUNT__URL_LENGTH:
				setUrlLength((Integer)newValue);
				return;
			case PregonPackage.ACCOUNT__APPROVAL_POLICY:
				setApprovalPolicy((ApprovalPolicy)newValue);
				return;
			case PregonPackage.ACCOUNT__QUEUE_SLOTS:
				getQueueSlots().clear();
				getQueueSlots().addAll((Collection<? extends QueueSlot>)newValue);
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
			case PregonPackage.ACCOUNT__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__NETWORK_KIND:
				setNetworkKind(NETWORK_KIND_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__HANDLE:
				setHandle(HANDLE_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__SERVER_URL:
				setServerUrl(SERVER_URL_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__LANGUAGES:
				getLanguages().clear();
				return;
			case PregonPackage.ACCOUNT__CREDENTIAL_STATE:
				setCredentialState(CREDENTIAL_STATE_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__TEXT_LIMIT:
				setTextLimit(TEXT_LIMIT_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__URL_LENGTH:
				setUrlLength(URL_LENGTH_EDEFAULT);
				return;
			case PregonPackage.ACCOUNT__APPROVAL_POLICY:
				setApprovalPolicy((ApprovalPolicy)null);
				return;
			case PregonPackage.ACCOUNT__QUEUE_SLOTS:
				getQueueSlots().clear();
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
			case PregonPackage.ACCOUNT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.ACCOUNT__NETWORK_KIND:
				return NETWORK_KIND_EDEFAULT == null ? networkKind != null : !NETWORK_KIND_EDEFAULT.equals(networkKind);
			case PregonPackage.ACCOUNT__HANDLE:
				return HANDLE_EDEFAULT == null ? handle != null : !HANDLE_EDEFAULT.equals(handle);
			case PregonPackage.ACCOUNT__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case PregonPackage.ACCOUNT__SERVER_URL:
				return SERVER_URL_EDEFAULT == null ? serverUrl != null : !SERVER_URL_EDEFAULT.equals(serverUrl);
			case PregonPackage.ACCOUNT__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case PregonPackage.ACCOUNT__CREDENTIAL_STATE:
				return credentialState != CREDENTIAL_STATE_EDEFAULT;
			case PregonPackage.ACCOUNT__TEXT_LIMIT:
				return TEXT_LIMIT_EDEFAULT == null ? textLimit != null : !TEXT_LIMIT_EDEFAULT.equals(textLimit);
			case PregonPackage.ACCOUNT__URL_LENGTH:
				return URL_LENGTH_EDEFAULT == null ? urlLength != null : !URL_LENGTH_EDEFAULT.equals(urlLength);
			case PregonPackage.ACCOUNT__APPROVAL_POLICY:
				return approvalPolicy != null;
			case PregonPackage.ACCOUNT__QUEUE_SLOTS:
				return queueSlots != null && !queueSlots.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", networkKind: ");
		result.append(networkKind);
		result.append(", handle: ");
		result.append(handle);
		result.append(", displayName: ");
		result.append(displayName);
		result.append(", serverUrl: ");
		result.append(serverUrl);
		result.append(", languages: ");
		result.append(languages);
		result.append(", credentialState: ");
		result.append(credentialState);
		result.append(", textLimit: ");
		result.append(textLimit);
		result.append(", urlLength: ");
		result.append(urlLength);
		result.append(')');
		return result.toString();
	}

} //AccountImpl
