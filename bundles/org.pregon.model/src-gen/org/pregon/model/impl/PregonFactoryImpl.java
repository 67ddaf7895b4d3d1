/**
 */
package org.pregon.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.pregon.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PregonFactoryImpl extends EFactoryImpl implements PregonFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PregonFactory init() {
		try {
			PregonFactory thePregonFactory = (PregonFactory)EPackage.Registry.INSTANCE.getEFactory(PregonPackage.eNS_URI);
			if (thePregonFactory != null) {
				return thePregonFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PregonFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PregonFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PregonPackage.APPROVAL_POLICY: return createApprovalPolicy();
			case PregonPackage.APPROVAL: return createApproval();
			case PregonPackage.USER: return createUser();
			case PregonPackage.LOCALIZED_TEXT: return createLocalizedText();
			case PregonPackage.ACCOUNT: return createAccount();
			case PregonPackage.SEGMENT: return createSegment();
			case PregonPackage.CAMPAIGN: return createCampaign();
			case PregonPackage.MEDIA_ITEM: return createMediaItem();
			case PregonPackage.POST: return createPost();
			case PregonPackage.POST_VARIANT: return createPostVariant();
			case PregonPackage.REVISION: return createRevision();
			case PregonPackage.ARCHIVED_ITEM: return createArchivedItem();
			case PregonPackage.MESSAGE: return createMessage();
			case PregonPackage.CONVERSATION: return createConversation();
			case PregonPackage.EVENT: return createEvent();
			case PregonPackage.LIVE_BROADCAST: return createLiveBroadcast();
			case PregonPackage.AD_REQUEST: return createAdRequest();
			case PregonPackage.AUDIT_ENTRY: return createAuditEntry();
			case PregonPackage.DATASET: return createDataset();
			case PregonPackage.QUEUE_SLOT: return createQueueSlot();
			case PregonPackage.SEGMENT_TARGET: return createSegmentTarget();
			case PregonPackage.ARCHIVED_MEDIA: return createArchivedMedia();
			case PregonPackage.NOTE: return createNote();
			case PregonPackage.SAVED_REPLY: return createSavedReply();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PregonPackage.POST_STATUS:
				return createPostStatusFromString(eDataType, initialValue);
			case PregonPackage.APPROVAL_MODE:
				return createApprovalModeFromString(eDataType, initialValue);
			case PregonPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case PregonPackage.LANGUAGE_STRATEGY:
				return createLanguageStrategyFromString(eDataType, initialValue);
			case PregonPackage.CREDENTIAL_STATE:
				return createCredentialStateFromString(eDataType, initialValue);
			case PregonPackage.ITEM_KIND:
				return createItemKindFromString(eDataType, initialValue);
			case PregonPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case PregonPackage.CONVERSATION_STATUS:
				return createConversationStatusFromString(eDataType, initialValue);
			case PregonPackage.AD_STATUS:
				return createAdStatusFromString(eDataType, initialValue);
			case PregonPackage.BROADCAST_STATUS:
				return createBroadcastStatusFromString(eDataType, initialValue);
			case PregonPackage.SEGMENT_DELIVERY:
				return createSegmentDeliveryFromString(eDataType, initialValue);
			case PregonPackage.MESSAGE_STATE:
				return createMessageStateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PregonPackage.POST_STATUS:
				return convertPostStatusToString(eDataType, instanceValue);
			case PregonPackage.APPROVAL_MODE:
				return convertApprovalModeToString(eDataType, instanceValue);
			case PregonPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case PregonPackage.LANGUAGE_STRATEGY:
				return convertLanguageStrategyToString(eDataType, instanceValue);
			case PregonPackage.CREDENTIAL_STATE:
				return convertCredentialStateToString(eDataType, instanceValue);
			case PregonPackage.ITEM_KIND:
				return convertItemKindToString(eDataType, instanceValue);
			case PregonPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case PregonPackage.CONVERSATION_STATUS:
				return convertConversationStatusToString(eDataType, instanceValue);
			case PregonPackage.AD_STATUS:
				return convertAdStatusToString(eDataType, instanceValue);
			case PregonPackage.BROADCAST_STATUS:
				return convertBroadcastStatusToString(eDataType, instanceValue);
			case PregonPackage.SEGMENT_DELIVERY:
				return convertSegmentDeliveryToString(eDataType, instanceValue);
			case PregonPackage.MESSAGE_STATE:
				return convertMessageStateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalPolicy createApprovalPolicy() {
		ApprovalPolicyImpl approvalPolicy = new ApprovalPolicyImpl();
		return approvalPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approval createApproval() {
		ApprovalImpl approval = new ApprovalImpl();
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText createLocalizedText() {
		LocalizedTextImpl localizedText = new LocalizedTextImpl();
		return localizedText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account createAccount() {
		AccountImpl account = new AccountImpl();
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign() {
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaItem createMediaItem() {
		MediaItemImpl mediaItem = new MediaItemImpl();
		return mediaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post createPost() {
		PostImpl post = new PostImpl();
		return post;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostVariant createPostVariant() {
		PostVariantImpl postVariant = new PostVariantImpl();
		return postVariant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Revision createRevision() {
		RevisionImpl revision = new RevisionImpl();
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchivedItem createArchivedItem() {
		ArchivedItemImpl archivedItem = new ArchivedItemImpl();
		return archivedItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Message createMessage() {
		MessageImpl message = new MessageImpl();
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conversation createConversation() {
		ConversationImpl conversation = new ConversationImpl();
		return conversation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Event createEvent() {
		EventImpl event = new EventImpl();
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LiveBroadcast createLiveBroadcast() {
		LiveBroadcastImpl liveBroadcast = new LiveBroadcastImpl();
		return liveBroadcast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdRequest createAdRequest() {
		AdRequestImpl adRequest = new AdRequestImpl();
		return adRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditEntry createAuditEntry() {
		AuditEntryImpl auditEntry = new AuditEntryImpl();
		return auditEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dataset createDataset() {
		DatasetImpl dataset = new DatasetImpl();
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QueueSlot createQueueSlot() {
		QueueSlotImpl queueSlot = new QueueSlotImpl();
		return queueSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentTarget createSegmentTarget() {
		SegmentTargetImpl segmentTarget = new SegmentTargetImpl();
		return segmentTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchivedMedia createArchivedMedia() {
		ArchivedMediaImpl archivedMedia = new ArchivedMediaImpl();
		return archivedMedia;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote() {
		NoteImpl note = new NoteImpl();
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SavedReply createSavedReply() {
		SavedReplyImpl savedReply = new SavedReplyImpl();
		return savedReply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PostStatus createPostStatusFromString(EDataType eDataType, String initialValue) {
		PostStatus result = PostStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPostStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApprovalMode createApprovalModeFromString(EDataType eDataType, String initialValue) {
		ApprovalMode result = ApprovalMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApprovalModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LanguageStrategy createLanguageStrategyFromString(EDataType eDataType, String initialValue) {
		LanguageStrategy result = LanguageStrategy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLanguageStrategyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CredentialState createCredentialStateFromString(EDataType eDataType, String initialValue) {
		CredentialState result = CredentialState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCredentialStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemKind createItemKindFromString(EDataType eDataType, String initialValue) {
		ItemKind result = ItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConversationStatus createConversationStatusFromString(EDataType eDataType, String initialValue) {
		ConversationStatus result = ConversationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConversationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdStatus createAdStatusFromString(EDataType eDataType, String initialValue) {
		AdStatus result = AdStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BroadcastStatus createBroadcastStatusFromString(EDataType eDataType, String initialValue) {
		BroadcastStatus result = BroadcastStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBroadcastStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentDelivery createSegmentDeliveryFromString(EDataType eDataType, String initialValue) {
		SegmentDelivery result = SegmentDelivery.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSegmentDeliveryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MessageState createMessageStateFromString(EDataType eDataType, String initialValue) {
		MessageState result = MessageState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMessageStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PregonPackage getPregonPackage() {
		return (PregonPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PregonPackage getPackage() {
		return PregonPackage.eINSTANCE;
	}

} //PregonFactoryImpl
