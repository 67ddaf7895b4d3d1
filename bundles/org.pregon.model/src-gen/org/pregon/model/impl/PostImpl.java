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
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.Approval;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.PostImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getTexts <em>Texts</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getLink <em>Link</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getMedia <em>Media</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getSegmentIds <em>Segment Ids</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getCampaignId <em>Campaign Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link org.pregon.model.impl.PostImpl#getRejectionReason <em>Rejection Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PostImpl extends EObjectImpl implements Post {
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
	 * The cached value of the '{@link #getTexts() <em>Texts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTexts()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalizedText> texts;

	/**
	 * The default value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected static final String LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected String link = LINK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMedia() <em>Media</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaItem> media;

	/**
	 * The cached value of the '{@link #getSegmentIds() <em>Segment Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> segmentIds;

	/**
	 * The default value of the '{@link #getCampaignId() <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignId()
	 * @generated
	 * @ordered
	 */
	protected static final String CAMPAIGN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCampaignId() <em>Campaign Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignId()
	 * @generated
	 * @ordered
	 */
	protected String campaignId = CAMPAIGN_ID_EDEFAULT;

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
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date UPDATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date updatedAt = UPDATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SCHEDULED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected Date scheduledAt = SCHEDULED_AT_EDEFAULT;

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
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<PostVariant> variants;

	/**
	 * The cached value of the '{@link #getApprovals() <em>Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<Approval> approvals;

	/**
	 * The default value of the '{@link #getRejectionReason() <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectionReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REJECTION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectionReason() <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectionReason()
	 * @generated
	 * @ordered
	 */
	protected String rejectionReason = REJECTION_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.POST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalizedText> getTexts() {
		if (texts == null) {
			texts = new EObjectContainmentEList<LocalizedText>(LocalizedText.class, this, PregonPackage.POST__TEXTS);
		}
		return texts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(String newLink) {
		String oldLink = link;
		link = newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaItem> getMedia() {
		if (media == null) {
			media = new EObjectContainmentEList<MediaItem>(MediaItem.class, this, PregonPackage.POST__MEDIA);
		}
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSegmentIds() {
		if (segmentIds == null) {
			segmentIds = new EDataTypeUniqueEList<String>(String.class, this, PregonPackage.POST__SEGMENT_IDS);
		}
		return segmentIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCampaignId() {
		return campaignId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignId(String newCampaignId) {
		String oldCampaignId = campaignId;
		campaignId = newCampaignId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__CAMPAIGN_ID, oldCampaignId, campaignId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Date newUpdatedAt) {
		Date oldUpdatedAt = updatedAt;
		updatedAt = newUpdatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getScheduledAt() {
		return scheduledAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledAt(Date newScheduledAt) {
		Date oldScheduledAt = scheduledAt;
		scheduledAt = newScheduledAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__SCHEDULED_AT, oldScheduledAt, scheduledAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__PUBLISHED_AT, oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PostVariant> getVariants() {
		if (variants == null) {
			variants = new EObjectContainmentWithInverseEList<PostVariant>(PostVariant.class, this, PregonPackage.POST__VARIANTS, PregonPackage.POST_VARIANT__POST);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Approval> getApprovals() {
		if (approvals == null) {
			approvals = new EObjectContainmentEList<Approval>(Approval.class, this, PregonPackage.POST__APPROVALS);
		}
		return approvals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRejectionReason() {
		return rejectionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectionReason(String newRejectionReason) {
		String oldRejectionReason = rejectionReason;
		rejectionReason = newRejectionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.POST__REJECTION_REASON, oldRejectionReason, rejectionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.POST__VARIANTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVariants()).basicAdd(otherEnd, msgs);
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
			case PregonPackage.POST__TEXTS:
				return ((InternalEList<?>)getTexts()).basicRemove(otherEnd, msgs);
			case PregonPackage.POST__MEDIA:
				return ((InternalEList<?>)getMedia()).basicRemove(otherEnd, msgs);
			case PregonPackage.POST__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
			case PregonPackage.POST__APPROVALS:
				return ((InternalEList<?>)getApprovals()).basicRemove(otherEnd, msgs);
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
			case PregonPackage.POST__ID:
				return getId();
			case PregonPackage.POST__TEXTS:
				return getTexts();
			case PregonPackage.POST__LINK:
				return getLink();
			case PregonPackage.POST__MEDIA:
				return getMedia();
			case PregonPackage.POST__SEGMENT_IDS:
				return getSegmentIds();
			case PregonPackage.POST__CAMPAIGN_ID:
				return getCampaignId();
			case PregonPackage.POST__STATUS:
				return getStatus();
			case PregonPackage.POST__AUTHOR:
				return getAuthor();
			case PregonPackage.POST__CREATED_AT:
				return getCreatedAt();
			case PregonPackage.POST__UPDATED_AT:
				return getUpdatedAt();
			case PregonPackage.POST__SCHEDULED_AT:
				return getScheduledAt();
			case PregonPackage.POST__PUBLISHED_AT:
				return getPublishedAt();
			case PregonPackage.POST__VARIANTS:
				return getVariants();
			case PregonPackage.POST__APPROVALS:
				return getApprovals();
			case PregonPackage.POST__REJECTION_REASON:
				return getRejectionReason();
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
			case PregonPackage.POST__ID:
				setId((String)newValue);
				return;
			case PregonPackage.POST__TEXTS:
				getTexts().clear();
				getTexts().addAll((Collection<? extends LocalizedText>)newValue);
				return;
			case PregonPackage.POST__LINK:
				setLink((String)newValue);
				return;
			case PregonPackage.POST__MEDIA:
				getMedia().clear();
				getMedia().addAll((Collection<? extends MediaItem>)newValue);
				return;
			case PregonPackage.POST__SEGMENT_IDS:
				getSegmentIds().clear();
				getSegmentIds().addAll((Collection<? extends String>)newValue);
				return;
			case PregonPackage.POST__CAMPAIGN_ID:
				setCampaignId((String)newValue);
				return;
			case PregonPackage.POST__STATUS:
				setStatus((PostStatus)newValue);
				return;
			case PregonPackage.POST__AUTHOR:
				setAuthor((String)newValue);
				return;
			case PregonPackage.POST__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case PregonPackage.POST__UPDATED_AT:
				setUpdatedAt((Date)newValue);
				return;
			case PregonPackage.POST__SCHEDULED_AT:
				setScheduledAt((Date)newValue);
				return;
			case PregonPackage.POST__PUBLISHED_AT:
				setPublishedAt((Date)newValue);
				return;
			case PregonPackage.POST__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends PostVariant>)newValue);
				return;
			case PregonPackage.POST__APPROVALS:
				getApprovals().clear();
				getApprovals().addAll((Collection<? extends Approval>)newValue);
				return;
			case PregonPackage.POST__REJECTION_REASON:
				setRejectionReason((String)newValue);
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
			case PregonPackage.POST__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.POST__TEXTS:
				getTexts().clear();
				return;
			case PregonPackage.POST__LINK:
				setLink(LINK_EDEFAULT);
				return;
			case PregonPackage.POST__MEDIA:
				getMedia().clear();
				return;
			case PregonPackage.POST__SEGMENT_IDS:
				getSegmentIds().clear();
				return;
			case PregonPackage.POST__CAMPAIGN_ID:
				setCampaignId(CAMPAIGN_ID_EDEFAULT);
				return;
			case PregonPackage.POST__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PregonPackage.POST__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case PregonPackage.POST__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case PregonPackage.POST__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case PregonPackage.POST__SCHEDULED_AT:
				setScheduledAt(SCHEDULED_AT_EDEFAULT);
				return;
			case PregonPackage.POST__PUBLISHED_AT:
				setPublishedAt(PUBLISHED_AT_EDEFAULT);
				return;
			case PregonPackage.POST__VARIANTS:
				getVariants().clear();
				return;
			case PregonPackage.POST__APPROVALS:
				getApprovals().clear();
				return;
			case PregonPackage.POST__REJECTION_REASON:
				setRejectionReason(REJECTION_REASON_EDEFAULT);
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
			case PregonPackage.POST__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.POST__TEXTS:
				return texts != null && !texts.isEmpty();
			case PregonPackage.POST__LINK:
				return LINK_EDEFAULT == null ? link != null : !LINK_EDEFAULT.equals(link);
			case PregonPackage.POST__MEDIA:
				return media != null && !media.isEmpty();
			case PregonPackage.POST__SEGMENT_IDS:
				return segmentIds != null && !segmentIds.isEmpty();
			case PregonPackage.POST__CAMPAIGN_ID:
				return CAMPAIGN_ID_EDEFAULT == null ? campaignId != null : !CAMPAIGN_ID_EDEFAULT.equals(campaignId);
			case PregonPackage.POST__STATUS:
				return status != STATUS_EDEFAULT;
			case PregonPackage.POST__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case PregonPackage.POST__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case PregonPackage.POST__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case PregonPackage.POST__SCHEDULED_AT:
				return SCHEDULED_AT_EDEFAULT == null ? scheduledAt != null : !SCHEDULED_AT_EDEFAULT.equals(scheduledAt);
			case PregonPackage.POST__PUBLISHED_AT:
				return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
			case PregonPackage.POST__VARIANTS:
				return variants != null && !variants.isEmpty();
			case PregonPackage.POST__APPROVALS:
				return approvals != null && !approvals.isEmpty();
			case PregonPackage.POST__REJECTION_REASON:
				return REJECTION_REASON_EDEFAULT == null ? rejectionReason != null : !REJECTION_REASON_EDEFAULT.equals(rejectionReason);
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
		result.append(", link: ");
		result.append(link);
		result.append(", segmentIds: ");
		result.append(segmentIds);
		result.append(", campaignId: ");
		result.append(campaignId);
		result.append(", status: ");
		result.append(status);
		result.append(", author: ");
		result.append(author);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(", scheduledAt: ");
		result.append(scheduledAt);
		result.append(", publishedAt: ");
		result.append(publishedAt);
		result.append(", rejectionReason: ");
		result.append(rejectionReason);
		result.append(')');
		return result.toString();
	}

} //PostImpl
