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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pregon.model.Account;
import org.pregon.model.AdRequest;
import org.pregon.model.ArchivedItem;
import org.pregon.model.AuditEntry;
import org.pregon.model.Campaign;
import org.pregon.model.Conversation;
import org.pregon.model.Dataset;
import org.pregon.model.Event;
import org.pregon.model.LiveBroadcast;
import org.pregon.model.Post;
import org.pregon.model.PregonPackage;
import org.pregon.model.SavedReply;
import org.pregon.model.Segment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getPosts <em>Posts</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getArchivedItems <em>Archived Items</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getConversations <em>Conversations</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getBroadcasts <em>Broadcasts</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getAdRequests <em>Ad Requests</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getAuditEntries <em>Audit Entries</em>}</li>
 *   <li>{@link org.pregon.model.impl.DatasetImpl#getSavedReplies <em>Saved Replies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends EObjectImpl implements Dataset {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccounts() <em>Accounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Account> accounts;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * The cached value of the '{@link #getPosts() <em>Posts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Post> posts;

	/**
	 * The cached value of the '{@link #getArchivedItems() <em>Archived Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivedItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ArchivedItem> archivedItems;

	/**
	 * The cached value of the '{@link #getConversations() <em>Conversations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversations()
	 * @generated
	 * @ordered
	 */
	protected EList<Conversation> conversations;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<Event> events;

	/**
	 * The cached value of the '{@link #getBroadcasts() <em>Broadcasts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroadcasts()
	 * @generated
	 * @ordered
	 */
	protected EList<LiveBroadcast> broadcasts;

	/**
	 * The cached value of the '{@link #getAdRequests() <em>Ad Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<AdRequest> adRequests;

	/**
	 * The cached value of the '{@link #getAuditEntries() <em>Audit Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditEntry> auditEntries;

	/**
	 * The cached value of the '{@link #getSavedReplies() <em>Saved Replies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavedReplies()
	 * @generated
	 * @ordered
	 */
	protected EList<SavedReply> savedReplies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PregonPackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PregonPackage.DATASET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Account> getAccounts() {
		if (accounts == null) {
			accounts = new EObjectContainmentEList<Account>(Account.class, this, PregonPackage.DATASET__ACCOUNTS);
		}
		return accounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, PregonPackage.DATASET__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		if (campaigns == null) {
			campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, PregonPackage.DATASET__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Post> getPosts() {
		if (posts == null) {
			posts = new EObjectContainmentEList<Post>(Post.class, this, PregonPackage.DATASET__POSTS);
		}
		return posts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArchivedItem> getArchivedItems() {
		if (archivedItems == null) {
			archivedItems = new EObjectContainmentEList<ArchivedItem>(ArchivedItem.class, this, PregonPackage.DATASET__ARCHIVED_ITEMS);
		}
		return archivedItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conversation> getConversations() {
		if (conversations == null) {
			conversations = new EObjectContainmentEList<Conversation>(Conversation.class, this, PregonPackage.DATASET__CONVERSATIONS);
		}
		return conversations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Event> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<Event>(Event.class, this, PregonPackage.DATASET__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LiveBroadcast> getBroadcasts() {
		if (broadcasts == null) {
			broadcasts = new EObjectContainmentEList<LiveBroadcast>(LiveBroadcast.class, this, PregonPackage.DATASET__BROADCASTS);
		}
		return broadcasts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdRequest> getAdRequests() {
		if (adRequests == null) {
			adRequests = new EObjectContainmentEList<AdRequest>(AdRequest.class, this, PregonPackage.DATASET__AD_REQUESTS);
		}
		return adRequests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditEntry> getAuditEntries() {
		if (auditEntries == null) {
			auditEntries = new EObjectContainmentEList<AuditEntry>(AuditEntry.class, this, PregonPackage.DATASET__AUDIT_ENTRIES);
		}
		return auditEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SavedReply> getSavedReplies() {
		if (savedReplies == null) {
			savedReplies = new EObjectContainmentEList<SavedReply>(SavedReply.class, this, PregonPackage.DATASET__SAVED_REPLIES);
		}
		return savedReplies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PregonPackage.DATASET__ACCOUNTS:
				return ((InternalEList<?>)getAccounts()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__POSTS:
				return ((InternalEList<?>)getPosts()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__ARCHIVED_ITEMS:
				return ((InternalEList<?>)getArchivedItems()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__CONVERSATIONS:
				return ((InternalEList<?>)getConversations()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__BROADCASTS:
				return ((InternalEList<?>)getBroadcasts()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__AD_REQUESTS:
				return ((InternalEList<?>)getAdRequests()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__AUDIT_ENTRIES:
				return ((InternalEList<?>)getAuditEntries()).basicRemove(otherEnd, msgs);
			case PregonPackage.DATASET__SAVED_REPLIES:
				return ((InternalEList<?>)getSavedReplies()).basicRemove(otherEnd, msgs);
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
			case PregonPackage.DATASET__NAME:
				return getName();
			case PregonPackage.DATASET__ACCOUNTS:
				return getAccounts();
			case PregonPackage.DATASET__SEGMENTS:
				return getSegments();
			case PregonPackage.DATASET__CAMPAIGNS:
				return getCampaigns();
			case PregonPackage.DATASET__POSTS:
				return getPosts();
			case PregonPackage.DATASET__ARCHIVED_ITEMS:
				return getArchivedItems();
			case PregonPackage.DATASET__CONVERSATIONS:
				return getConversations();
			case PregonPackage.DATASET__EVENTS:
				return getEvents();
			case PregonPackage.DATASET__BROADCASTS:
				return getBroadcasts();
			case PregonPackage.DATASET__AD_REQUESTS:
				return getAdRequests();
			case PregonPackage.DATASET__AUDIT_ENTRIES:
				return getAuditEntries();
			case PregonPackage.DATASET__SAVED_REPLIES:
				return getSavedReplies();
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
			case PregonPackage.DATASET__NAME:
				setName((String)newValue);
				return;
			case PregonPackage.DATASET__ACCOUNTS:
				getAccounts().clear();
				getAccounts().addAll((Collection<? extends Account>)newValue);
				return;
			case PregonPackage.DATASET__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case PregonPackage.DATASET__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
				return;
			case PregonPackage.DATASET__POSTS:
				getPosts().clear();
				getPosts().addAll((Collection<? extends Post>)newValue);
				return;
			case PregonPackage.DATASET__ARCHIVED_ITEMS:
				getArchivedItems().clear();
				getArchivedItems().addAll((Collection<? extends ArchivedItem>)newValue);
				return;
			case PregonPackage.DATASET__CONVERSATIONS:
				getConversations().clear();
				getConversations().addAll((Collection<? extends Conversation>)newValue);
				return;
			case PregonPackage.DATASET__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends Event>)newValue);
				return;
			case PregonPackage.DATASET__BROADCASTS:
				getBroadcasts().clear();
				getBroadcasts().addAll((Collection<? extends LiveBroadcast>)newValue);
				return;
			case PregonPackage.DATASET__AD_REQUESTS:
				getAdRequests().clear();
				getAdRequests().addAll((Collection<? extends AdRequest>)newValue);
				return;
			case PregonPackage.DATASET__AUDIT_ENTRIES:
				getAuditEntries().clear();
				getAuditEntries().addAll((Collection<? extends AuditEntry>)newValue);
				return;
			case PregonPackage.DATASET__SAVED_REPLIES:
				getSavedReplies().clear();
				getSavedReplies().addAll((Collection<? extends SavedReply>)newValue);
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
			case PregonPackage.DATASET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PregonPackage.DATASET__ACCOUNTS:
				getAccounts().clear();
				return;
			case PregonPackage.DATASET__SEGMENTS:
				getSegments().clear();
				return;
			case PregonPackage.DATASET__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case PregonPackage.DATASET__POSTS:
				getPosts().clear();
				return;
			case PregonPackage.DATASET__ARCHIVED_ITEMS:
				getArchivedItems().clear();
				return;
			case PregonPackage.DATASET__CONVERSATIONS:
				getConversations().clear();
				return;
			case PregonPackage.DATASET__EVENTS:
				getEvents().clear();
				return;
			case PregonPackage.DATASET__BROADCASTS:
				getBroadcasts().clear();
				return;
			case PregonPackage.DATASET__AD_REQUESTS:
				getAdRequests().clear();
				return;
			case PregonPackage.DATASET__AUDIT_ENTRIES:
				getAuditEntries().clear();
				return;
			case PregonPackage.DATASET__SAVED_REPLIES:
				getSavedReplies().clear();
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
			case PregonPackage.DATASET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PregonPackage.DATASET__ACCOUNTS:
				return accounts != null && !accounts.isEmpty();
			case PregonPackage.DATASET__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case PregonPackage.DATASET__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case PregonPackage.DATASET__POSTS:
				return posts != null && !posts.isEmpty();
			case PregonPackage.DATASET__ARCHIVED_ITEMS:
				return archivedItems != null && !archivedItems.isEmpty();
			case PregonPackage.DATASET__CONVERSATIONS:
				return conversations != null && !conversations.isEmpty();
			case PregonPackage.DATASET__EVENTS:
				return events != null && !events.isEmpty();
			case PregonPackage.DATASET__BROADCASTS:
				return broadcasts != null && !broadcasts.isEmpty();
			case PregonPackage.DATASET__AD_REQUESTS:
				return adRequests != null && !adRequests.isEmpty();
			case PregonPackage.DATASET__AUDIT_ENTRIES:
				return auditEntries != null && !auditEntries.isEmpty();
			case PregonPackage.DATASET__SAVED_REPLIES:
				return savedReplies != null && !savedReplies.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl
