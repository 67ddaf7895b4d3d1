/**
 */
package org.pregon.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.pregon.model.LanguageStrategy;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Post Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getPost <em>Post</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getLanguageStrategy <em>Language Strategy</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getRemoteIds <em>Remote Ids</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getFailureReason <em>Failure Reason</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getSegmentId <em>Segment Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getHandedOverAt <em>Handed Over At</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostVariantImpl#getHandedOverFor <em>Handed Over For</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PostVariantImpl extends EObjectImpl implements PostVariant {
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
	 * The default value of the '{@link #getAccountId() <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountId()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountId() <em>Account Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountId()
	 * @generated
	 * @ordered
	 */
	protected String accountId = ACCOUNT_ID_EDEFAULT;

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
	 * The default value of the '{@link #getLanguageStrategy() <em>Language Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final LanguageStrategy LANGUAGE_STRATEGY_EDEFAULT = LanguageStrategy.BOTH_IN_ONE;

	/**
	 * The cached value of the '{@link #getLanguageStrategy() <em>Language Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageStrategy()
	 * @generated
	 * @ordered
	 */
	protected LanguageStrategy languageStrategy = LANGUAGE_STRATEGY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PostStatus STATUS_EDEFAULT = PostStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PostStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRemoteIds() <em>Remote Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> remoteIds;

	/**
	 * The default value of the '{@link #getRemoteUrl() <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteUrl() <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteUrl()
	 * @generated
	 * @ordered
	 */
	protected String remoteUrl = REMOTE_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PUBLISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected Date publishedAt = PUBLISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureReason() <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureReason()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailureReason() <em>Failure Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureReason()
	 * @generated
	 * @ordered
	 */
	protected String failureReason = FAILURE_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmentId() <em>Segment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmentId() <em>Segment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentId()
	 * @generated
	 * @ordered
	 */
	protected String segmentId = SEGMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandedOverAt() <em>Handed Over At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandedOverAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date HANDED_OVER_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandedOverAt() <em>Handed Over At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandedOverAt()
	 * @generated
	 * @ordered
	 */
	protected Date handedOverAt = HANDED_OVER_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandedOverFor() <em>Handed Over For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandedOverFor()
	 * @generated
	 * @ordered
	 */
	protected static final Date HANDED_OVER_FOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandedOverFor() <em>Handed Over For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandedOverFor()
	 * @generated
	 * @ordered
	 */
	protected Date handedOverFor = HANDED_OVER_FOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PostVariantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.POST_VARIANT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getPost() {
		if (eContainerFeatureID() != PregonPackage.POST_VARIANT__POST) return null;
		return (Post)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPost(Post newPost, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newPost, PregonPackage.POST_VARIANT__POST, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPost(Post newPost) {
		if (newPost != eInternalContainer() || (eContainerFeatureID() != PregonPackage.POST_VARIANT__POST && newPost != null)) {
			if (EcoreUtil.isAncestor(this, newPost))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPost != null)
				msgs = ((InternalEObject)newPost).eInverseAdd(this, PregonPackage.POST__VARIANTS, Post.class, msgs);
			msgs = basicSetPost(newPost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__POST, newPost, newPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountId() {
		return accountId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountId(String newAccountId) {
		String oldAccountId = accountId;
		accountId = newAccountId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__ACCOUNT_ID, oldAccountId, accountId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LanguageStrategy getLanguageStrategy() {
		return languageStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageStrategy(LanguageStrategy newLanguageStrategy) {
		LanguageStrategy oldLanguageStrategy = languageStrategy;
		languageStrategy = newLanguageStrategy == null ? LANGUAGE_STRATEGY_EDEFAULT : newLanguageStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__LANGUAGE_STRATEGY, oldLanguageStrategy, languageStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PostStatus newStatus) {
		PostStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRemoteIds() {
		if (remoteIds == null) {
			remoteIds = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.POST_VARIANT__REMOTE_IDS);
		}
		return remoteIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteUrl() {
		return remoteUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteUrl(String newRemoteUrl) {
		String oldRemoteUrl = remoteUrl;
		remoteUrl = newRemoteUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__REMOTE_URL, oldRemoteUrl, remoteUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPublishedAt() {
		return publishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedAt(Date newPublishedAt) {
		Date oldPublishedAt = publishedAt;
		publishedAt = newPublishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__PUBLISHED_AT, oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailureReason() {
		return failureReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureReason(String newFailureReason) {
		String oldFailureReason = failureReason;
		failureReason = newFailureReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__FAILURE_REASON, oldFailureReason, failureReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmentId() {
		return segmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentId(String newSegmentId) {
		String oldSegmentId = segmentId;
		segmentId = newSegmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__SEGMENT_ID, oldSegmentId, segmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getHandedOverAt() {
		return handedOverAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandedOverAt(Date newHandedOverAt) {
		Date oldHandedOverAt = handedOverAt;
		handedOverAt = newHandedOverAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__HANDED_OVER_AT, oldHandedOverAt, handedOverAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getHandedOverFor() {
		return handedOverFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandedOverFor(Date newHandedOverFor) {
		Date oldHandedOverFor = handedOverFor;
		handedOverFor = newHandedOverFor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST_VARIANT__HANDED_OVER_FOR, oldHandedOverFor, handedOverFor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.POST_VARIANT__POST:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetPost((Post)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.POST_VARIANT__POST:
				return basicSetPost(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case PregonPackage.POST_VARIANT__POST:
				return eInternalContainer().eInverseRemove(this, PregonPackage.POST__VARIANTS, Post.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PregonPackage.POST_VARIANT__ID:
				return getId();
			case PregonPackage.POST_VARIANT__POST:
				return getPost();
			case PregonPackage.POST_VARIANT__ACCOUNT_ID:
				return getAccountId();
			case PregonPackage.POST_VARIANT__TEXT:
				return getText();
			case PregonPackage.POST_VARIANT__LANGUAGE_STRATEGY:
				return getLanguageStrategy();
			case PregonPackage.POST_VARIANT__STATUS:
				return getStatus();
			case PregonPackage.POST_VARIANT__REMOTE_IDS:
				return getRemoteIds();
			case PregonPackage.POST_VARIANT__REMOTE_URL:
				return getRemoteUrl();
			case PregonPackage.POST_VARIANT__PUBLISHED_AT:
				return getPublishedAt();
			case PregonPackage.POST_VARIANT__FAILURE_REASON:
				return getFailureReason();
			case PregonPackage.POST_VARIANT__SEGMENT_ID:
				return getSegmentId();
			case PregonPackage.POST_VARIANT__HANDED_OVER_AT:
				return getHandedOverAt();
			case PregonPackage.POST_VARIANT__HANDED_OVER_FOR:
				return getHandedOverFor();
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
			case PregonPackage.POST_VARIANT__ID:
				setId((String)newValue);
				return;
			case PregonPackage.POST_VARIANT__POST:
				setPost((Post)newValue);
				return;
			case PregonPackage.POST_VARIANT__ACCOUNT_ID:
				setAccountId((String)newValue);
				return;
			case PregonPackage.POST_VARIANT__TEXT:
				setText((String)newValue);
				return;
			case PregonPackage.POST_VARIANT__LANGUAGE_STRATEGY:
				setLanguageStrategy((LanguageStrategy)newValue);
				return;
			case PregonPackage.POST_VARIANT__STATUS:
				setStatus((PostStatus)newValue);
				return;
			case PregonPackage.POST_VARIANT__REMOTE_IDS:
				getRemoteIds().clear();
				getRemoteIds().addAll((Collection<? extends String>)newValue);
				return;
			case PregonPackage.POST_VARIANT__REMOTE_URL:
				setRemoteUrl((String)newValue);
				return;
			case PregonPackage.POST_VARIANT__PUBLISHED_AT:
				setPublishedAt((Date)newValue);
				return;
			case PregonPackage.POST_VARIANT__FAILURE_REASON:
				setFailureReason((String)newValue);
				return;
			case PregonPackage.POST_VARIANT__SEGMENT_ID:
				setSegmentId((String)newValue);
				return;
			case PregonPackage.POST_VARIANT__HANDED_OVER_AT:
				setHandedOverAt((Date)newValue);
				return;
			case PregonPackage.POST_VARIANT__HANDED_OVER_FOR:
				setHandedOverFor((Date)newValue);
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
			case PregonPackage.POST_VARIANT__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__POST:
				setPost((Post)null);
				return;
			case PregonPackage.POST_VARIANT__ACCOUNT_ID:
				setAccountId(ACCOUNT_ID_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__LANGUAGE_STRATEGY:
				setLanguageStrategy(LANGUAGE_STRATEGY_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__REMOTE_IDS:
				getRemoteIds().clear();
				return;
			case PregonPackage.POST_VARIANT__REMOTE_URL:
				setRemoteUrl(REMOTE_URL_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__PUBLISHED_AT:
				setPublishedAt(PUBLISHED_AT_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__FAILURE_REASON:
				setFailureReason(FAILURE_REASON_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__SEGMENT_ID:
				setSegmentId(SEGMENT_ID_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__HANDED_OVER_AT:
				setHandedOverAt(HANDED_OVER_AT_EDEFAULT);
				return;
			case PregonPackage.POST_VARIANT__HANDED_OVER_FOR:
				setHandedOverFor(HANDED_OVER_FOR_EDEFAULT);
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
			case PregonPackage.POST_VARIANT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.POST_VARIANT__POST:
				return getPost() != null;
			case PregonPackage.POST_VARIANT__ACCOUNT_ID:
				return ACCOUNT_ID_EDEFAULT == null ? accountId != null : !ACCOUNT_ID_EDEFAULT.equals(accountId);
			case PregonPackage.POST_VARIANT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PregonPackage.POST_VARIANT__LANGUAGE_STRATEGY:
				return languageStrategy != LANGUAGE_STRATEGY_EDEFAULT;
			case PregonPackage.POST_VARIANT__STATUS:
				return status != STATUS_EDEFAULT;
			case PregonPackage.POST_VARIANT__REMOTE_IDS:
				return remoteIds != null && !remoteIds.isEmpty();
			case PregonPackage.POST_VARIANT__REMOTE_URL:
				return REMOTE_URL_EDEFAULT == null ? remoteUrl != null : !REMOTE_URL_EDEFAULT.equals(remoteUrl);
			case PregonPackage.POST_VARIANT__PUBLISHED_AT:
				return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
			case PregonPackage.POST_VARIANT__FAILURE_REASON:
				return FAILURE_REASON_EDEFAULT == null ? failureReason != null : !FAILURE_REASON_EDEFAULT.equals(failureReason);
			case PregonPackage.POST_VARIANT__SEGMENT_ID:
				return SEGMENT_ID_EDEFAULT == null ? segmentId != null : !SEGMENT_ID_EDEFAULT.equals(segmentId);
			case PregonPackage.POST_VARIANT__HANDED_OVER_AT:
				return HANDED_OVER_AT_EDEFAULT == null ? handedOverAt != null : !HANDED_OVER_AT_EDEFAULT.equals(handedOverAt);
			case PregonPackage.POST_VARIANT__HANDED_OVER_FOR:
				return HANDED_OVER_FOR_EDEFAULT == null ? handedOverFor != null : !HANDED_OVER_FOR_EDEFAULT.equals(handedOverFor);
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
		result.append(", accountId: ");
		result.append(accountId);
		result.append(", text: ");
		result.append(text);
		result.append(", languageStrategy: ");
		result.append(languageStrategy);
		result.append(", status: ");
		result.append(status);
		result.append(", remoteIds: ");
		result.append(remoteIds);
		result.append(", remoteUrl: ");
		result.append(remoteUrl);
		result.append(", publishedAt: ");
		result.append(publishedAt);
		result.append(", failureReason: ");
		result.append(failureReason);
		result.append(", segmentId: ");
		result.append(segmentId);
		result.append(", handedOverAt: ");
		result.append(handedOverAt);
		result.append(", handedOverFor: ");
		result.append(handedOverFor);
		result.append(')');
		return result.toString();
	}

} //PostVariantImpl
