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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.ArchivedItem;
import org.pregon.model.ArchivedMedia;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonPackage;
import org.pregon.model.Revision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Archived Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getAccountId <em>Account Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getNetworkKind <em>Network Kind</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getParentRemoteId <em>Parent Remote Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getCampaignId <em>Campaign Id</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getEditedAt <em>Edited At</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getDeletedAt <em>Deleted At</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getRevisions <em>Revisions</em>}</li>
 *   <li>{@link org.pregon.model.impl.ArchivedItemImpl#getMedia <em>Media</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArchivedItemImpl extends EObjectImpl implements ArchivedItem {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ItemKind KIND_EDEFAULT = ItemKind.POST;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ItemKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String remoteId = REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentRemoteId() <em>Parent Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentRemoteId() <em>Parent Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String parentRemoteId = PARENT_REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

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
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

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
	 * The default value of the '{@link #getDeletedAt() <em>Deleted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DELETED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletedAt() <em>Deleted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedAt()
	 * @generated
	 * @ordered
	 */
	protected Date deletedAt = DELETED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRevisions() <em>Revisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Revision> revisions;

	/**
	 * The cached value of the '{@link #getMedia() <em>Media</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected EList<ArchivedMedia> media;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchivedItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.ARCHIVED_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__ACCOUNT_ID, oldAccountId, accountId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__NETWORK_KIND, oldNetworkKind, networkKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ItemKind newKind) {
		ItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteId() {
		return remoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteId(String newRemoteId) {
		String oldRemoteId = remoteId;
		remoteId = newRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentRemoteId() {
		return parentRemoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentRemoteId(String newParentRemoteId) {
		String oldParentRemoteId = parentRemoteId;
		parentRemoteId = newParentRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__PARENT_REMOTE_ID, oldParentRemoteId, parentRemoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__URL, oldUrl, url));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__LANGUAGE, oldLanguage, language));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__TEXT, oldText, text));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__CAMPAIGN_ID, oldCampaignId, campaignId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__CREATED_AT, oldCreatedAt, createdAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__EDITED_AT, oldEditedAt, editedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDeletedAt() {
		return deletedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletedAt(Date newDeletedAt) {
		Date oldDeletedAt = deletedAt;
		deletedAt = newDeletedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.ARCHIVED_ITEM__DELETED_AT, oldDeletedAt, deletedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Revision> getRevisions() {
		if (revisions == null) {
			revisions = new EObjectContainmentEList<Revision>(Revision.class, this, PregonPackage.ARCHIVED_ITEM__REVISIONS);
		}
		return revisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArchivedMedia> getMedia() {
		if (media == null) {
			media = new EObjectContainmentEList<ArchivedMedia>(ArchivedMedia.class, this, PregonPackage.ARCHIVED_ITEM__MEDIA);
		}
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.ARCHIVED_ITEM__REVISIONS:
				return ((InternalEList<?>)getRevisions()).basicRemove(otherEnd, msgs);
			case PregonPackage.ARCHIVED_ITEM__MEDIA:
				return ((InternalEList<?>)getMedia()).basicRemove(otherEnd, msgs);
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
			case PregonPackage.ARCHIVED_ITEM__ID:
				return getId();
			case PregonPackage.ARCHIVED_ITEM__ACCOUNT_ID:
				return getAccountId();
			case PregonPackage.ARCHIVED_ITEM__NETWORK_KIND:
				return getNetworkKind();
			case PregonPackage.ARCHIVED_ITEM__KIND:
				return getKind();
			case PregonPackage.ARCHIVED_ITEM__REMOTE_ID:
				return getRemoteId();
			case PregonPackage.ARCHIVED_ITEM__PARENT_REMOTE_ID:
				return getParentRemoteId();
			case PregonPackage.ARCHIVED_ITEM__URL:
				return getUrl();
			case PregonPackage.ARCHIVED_ITEM__AUTHOR:
				return getAuthor();
			case PregonPackage.ARCHIVED_ITEM__LANGUAGE:
				return getLanguage();
			case PregonPackage.ARCHIVED_ITEM__TEXT:
				return getText();
			case PregonPackage.ARCHIVED_ITEM__CAMPAIGN_ID:
				return getCampaignId();
			case PregonPackage.ARCHIVED_ITEM__CREATED_AT:
				return getCreatedAt();
			case PregonPackage.ARCHIVED_ITEM__EDITED_AT:
				return getEditedAt();
			case PregonPackage.ARCHIVED_ITEM__DELETED_AT:
				return getDeletedAt();
			case PregonPackage.ARCHIVED_ITEM__REVISIONS:
				return getRevisions();
			case PregonPackage.ARCHIVED_ITEM__MEDIA:
				return getMedia();
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
			case PregonPackage.ARCHIVED_ITEM__ID:
				setId((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__ACCOUNT_ID:
				setAccountId((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__NETWORK_KIND:
				setNetworkKind((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__KIND:
				setKind((ItemKind)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__PARENT_REMOTE_ID:
				setParentRemoteId((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__URL:
				setUrl((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__AUTHOR:
				setAuthor((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__TEXT:
				setText((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__CAMPAIGN_ID:
				setCampaignId((String)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__EDITED_AT:
				setEditedAt((Date)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__DELETED_AT:
				setDeletedAt((Date)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__REVISIONS:
				getRevisions().clear();
				getRevisions().addAll((Collection<? extends Revision>)newValue);
				return;
			case PregonPackage.ARCHIVED_ITEM__MEDIA:
				getMedia().clear();
				getMedia().addAll((Collection<? extends ArchivedMedia>)newValue);
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
			case PregonPackage.ARCHIVED_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__ACCOUNT_ID:
				setAccountId(ACCOUNT_ID_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__NETWORK_KIND:
				setNetworkKind(NETWORK_KIND_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__PARENT_REMOTE_ID:
				setParentRemoteId(PARENT_REMOTE_ID_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__URL:
				setUrl(URL_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__CAMPAIGN_ID:
				setCampaignId(CAMPAIGN_ID_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__EDITED_AT:
				setEditedAt(EDITED_AT_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__DELETED_AT:
				setDeletedAt(DELETED_AT_EDEFAULT);
				return;
			case PregonPackage.ARCHIVED_ITEM__REVISIONS:
				getRevisions().clear();
				return;
			case PregonPackage.ARCHIVED_ITEM__MEDIA:
				getMedia().clear();
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
			case PregonPackage.ARCHIVED_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PregonPackage.ARCHIVED_ITEM__ACCOUNT_ID:
				return ACCOUNT_ID_EDEFAULT == null ? accountId != null : !ACCOUNT_ID_EDEFAULT.equals(accountId);
			case PregonPackage.ARCHIVED_ITEM__NETWORK_KIND:
				return NETWORK_KIND_EDEFAULT == null ? networkKind != null : !NETWORK_KIND_EDEFAULT.equals(networkKind);
			case PregonPackage.ARCHIVED_ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case PregonPackage.ARCHIVED_ITEM__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case PregonPackage.ARCHIVED_ITEM__PARENT_REMOTE_ID:
				return PARENT_REMOTE_ID_EDEFAULT == null ? parentRemoteId != null : !PARENT_REMOTE_ID_EDEFAULT.equals(parentRemoteId);
			case PregonPackage.ARCHIVED_ITEM__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case PregonPackage.ARCHIVED_ITEM__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case PregonPackage.ARCHIVED_ITEM__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case PregonPackage.ARCHIVED_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PregonPackage.ARCHIVED_ITEM__CAMPAIGN_ID:
				return CAMPAIGN_ID_EDEFAULT == null ? campaignId != null : !CAMPAIGN_ID_EDEFAULT.equals(campaignId);
			case PregonPackage.ARCHIVED_ITEM__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case PregonPackage.ARCHIVED_ITEM__EDITED_AT:
				return EDITED_AT_EDEFAULT == null ? editedAt != null : !EDITED_AT_EDEFAULT.equals(editedAt);
			case PregonPackage.ARCHIVED_ITEM__DELETED_AT:
				return DELETED_AT_EDEFAULT == null ? deletedAt != null : !DELETED_AT_EDEFAULT.equals(deletedAt);
			case PregonPackage.ARCHIVED_ITEM__REVISIONS:
				return revisions != null && !revisions.isEmpty();
			case PregonPackage.ARCHIVED_ITEM__MEDIA:
				return media != null && !media.isEmpty();
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
		result.append(", networkKind: ");
		result.append(networkKind);
		result.append(", kind: ");
		result.append(kind);
		result.append(", remoteId: ");
		result.append(remoteId);
		result.append(", parentRemoteId: ");
		result.append(parentRemoteId);
		result.append(", url: ");
		result.append(url);
		result.append(", author: ");
		result.append(author);
		result.append(", language: ");
		result.append(language);
		result.append(", text: ");
		result.append(text);
		result.append(", campaignId: ");
		result.append(campaignId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", editedAt: ");
		result.append(editedAt);
		result.append(", deletedAt: ");
		result.append(deletedAt);
		result.append(')');
		return result.toString();
	}

} //ArchivedItemImpl
