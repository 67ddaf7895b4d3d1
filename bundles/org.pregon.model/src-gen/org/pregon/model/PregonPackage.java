/**
 */
package org.pregon.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Pregón domain model. Aggregates refer to each other by id (accountId, campaignId, segmentIds) so that each can be stored, paged and locked on its own. Secrets never live here.
 * <!-- end-model-doc -->
 * @see org.pregon.model.PregonFactory
 * @model kind="package"
 * @generated
 */
public interface PregonPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://pregon.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pregon";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PregonPackage eINSTANCE = org.pregon.model.impl.PregonPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.ApprovalPolicyImpl <em>Approval Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.ApprovalPolicyImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getApprovalPolicy()
	 * @generated
	 */
	int APPROVAL_POLICY = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__MODE = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__REQUIRED = 2;

	/**
	 * The feature id for the '<em><b>Replies Need Approval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__REPLIES_NEED_APPROVAL = 3;

	/**
	 * The number of structural features of the '<em>Approval Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.ApprovalImpl <em>Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.ApprovalImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getApproval()
	 * @generated
	 */
	int APPROVAL = 1;

	/**
	 * The feature id for the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__WHO = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__AT = 1;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__REVISION = 2;

	/**
	 * The number of structural features of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.UserImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getUser()
	 * @generated
	 */
	int USER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLES = 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.LocalizedTextImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.AccountImpl <em>Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.AccountImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getAccount()
	 * @generated
	 */
	int ACCOUNT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ID = 0;

	/**
	 * The feature id for the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__NETWORK_KIND = 1;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__HANDLE = 2;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DISPLAY_NAME = 3;

	/**
	 * The feature id for the '<em><b>Server Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SERVER_URL = 4;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LANGUAGES = 5;

	/**
	 * The feature id for the '<em><b>Credential State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__CREDENTIAL_STATE = 6;

	/**
	 * The feature id for the '<em><b>Text Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__TEXT_LIMIT = 7;

	/**
	 * The feature id for the '<em><b>Url Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__URL_LENGTH = 8;

	/**
	 * The feature id for the '<em><b>Approval Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__APPROVAL_POLICY = 9;

	/**
	 * The feature id for the '<em><b>Queue Slots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__QUEUE_SLOTS = 10;

	/**
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = 11;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.SegmentImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__MIN_AGE = 3;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__MAX_AGE = 4;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__TARGETS = 5;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.CampaignImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STARTS_AT = 2;

	/**
	 * The feature id for the '<em><b>Ends At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ENDS_AT = 3;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.MediaItemImpl <em>Media Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.MediaItemImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getMediaItem()
	 * @generated
	 */
	int MEDIA_ITEM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ITEM__URI = 1;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ITEM__MIME_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Alt Texts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ITEM__ALT_TEXTS = 3;

	/**
	 * The number of structural features of the '<em>Media Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_ITEM_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.PostImpl <em>Post</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.PostImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getPost()
	 * @generated
	 */
	int POST = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ID = 0;

	/**
	 * The feature id for the '<em><b>Texts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__TEXTS = 1;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__LINK = 2;

	/**
	 * The feature id for the '<em><b>Media</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__MEDIA = 3;

	/**
	 * The feature id for the '<em><b>Segment Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__SEGMENT_IDS = 4;

	/**
	 * The feature id for the '<em><b>Campaign Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CAMPAIGN_ID = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__AUTHOR = 7;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CREATED_AT = 8;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__UPDATED_AT = 9;

	/**
	 * The feature id for the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__SCHEDULED_AT = 10;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__PUBLISHED_AT = 11;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__VARIANTS = 12;

	/**
	 * The feature id for the '<em><b>Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__APPROVALS = 13;

	/**
	 * The feature id for the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__REJECTION_REASON = 14;

	/**
	 * The number of structural features of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_FEATURE_COUNT = 15;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.PostVariantImpl <em>Post Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.PostVariantImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getPostVariant()
	 * @generated
	 */
	int POST_VARIANT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__ID = 0;

	/**
	 * The feature id for the '<em><b>Post</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__POST = 1;

	/**
	 * The feature id for the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__ACCOUNT_ID = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Language Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__LANGUAGE_STRATEGY = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Remote Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__REMOTE_IDS = 6;

	/**
	 * The feature id for the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__REMOTE_URL = 7;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__PUBLISHED_AT = 8;

	/**
	 * The feature id for the '<em><b>Failure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__FAILURE_REASON = 9;

	/**
	 * The feature id for the '<em><b>Segment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__SEGMENT_ID = 10;

	/**
	 * The feature id for the '<em><b>Handed Over At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__HANDED_OVER_AT = 11;

	/**
	 * The feature id for the '<em><b>Handed Over For</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT__HANDED_OVER_FOR = 12;

	/**
	 * The number of structural features of the '<em>Post Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_VARIANT_FEATURE_COUNT = 13;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.RevisionImpl <em>Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.RevisionImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getRevision()
	 * @generated
	 */
	int REVISION = 10;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Edited At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__EDITED_AT = 1;

	/**
	 * The feature id for the '<em><b>Seen At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__SEEN_AT = 2;

	/**
	 * The number of structural features of the '<em>Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.ArchivedItemImpl <em>Archived Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.ArchivedItemImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getArchivedItem()
	 * @generated
	 */
	int ARCHIVED_ITEM = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__ACCOUNT_ID = 1;

	/**
	 * The feature id for the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__NETWORK_KIND = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__KIND = 3;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__REMOTE_ID = 4;

	/**
	 * The feature id for the '<em><b>Parent Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__PARENT_REMOTE_ID = 5;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__URL = 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__AUTHOR = 7;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__LANGUAGE = 8;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__TEXT = 9;

	/**
	 * The feature id for the '<em><b>Campaign Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__CAMPAIGN_ID = 10;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__CREATED_AT = 11;

	/**
	 * The feature id for the '<em><b>Edited At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__EDITED_AT = 12;

	/**
	 * The feature id for the '<em><b>Deleted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__DELETED_AT = 13;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__REVISIONS = 14;

	/**
	 * The feature id for the '<em><b>Media</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM__MEDIA = 15;

	/**
	 * The number of structural features of the '<em>Archived Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_ITEM_FEATURE_COUNT = 16;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.MessageImpl <em>Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.MessageImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getMessage()
	 * @generated
	 */
	int MESSAGE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__ID = 0;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__REMOTE_ID = 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__DIRECTION = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SENT_AT = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__TEXT = 5;

	/**
	 * The feature id for the '<em><b>Automatic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__AUTOMATIC = 6;

	/**
	 * The feature id for the '<em><b>No Reply Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__NO_REPLY_NEEDED = 7;

	/**
	 * The feature id for the '<em><b>Spam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SPAM = 8;

	/**
	 * The feature id for the '<em><b>Sent By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SENT_BY = 9;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__STATE = 10;

	/**
	 * The feature id for the '<em><b>Failure Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__FAILURE_REASON = 11;

	/**
	 * The feature id for the '<em><b>Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__APPROVALS = 12;

	/**
	 * The number of structural features of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_FEATURE_COUNT = 13;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.ConversationImpl <em>Conversation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.ConversationImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getConversation()
	 * @generated
	 */
	int CONVERSATION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__ACCOUNT_ID = 1;

	/**
	 * The feature id for the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__NETWORK_KIND = 2;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__REMOTE_ID = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__KIND = 4;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__PARTICIPANT = 5;

	/**
	 * The feature id for the '<em><b>Post Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__POST_REMOTE_ID = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__ASSIGNEE = 8;

	/**
	 * The feature id for the '<em><b>Messages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__MESSAGES = 9;

	/**
	 * The feature id for the '<em><b>Unread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__UNREAD = 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION__NOTES = 11;

	/**
	 * The number of structural features of the '<em>Conversation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSATION_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.EventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.EventImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getEvent()
	 * @generated
	 */
	int EVENT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Titles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__TITLES = 1;

	/**
	 * The feature id for the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__STARTS_AT = 2;

	/**
	 * The feature id for the '<em><b>Ends At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ENDS_AT = 3;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__LOCATION = 4;

	/**
	 * The feature id for the '<em><b>Online Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ONLINE_URL = 5;

	/**
	 * The feature id for the '<em><b>Campaign Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__CAMPAIGN_ID = 6;

	/**
	 * The feature id for the '<em><b>Account Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ACCOUNT_IDS = 7;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.LiveBroadcastImpl <em>Live Broadcast</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.LiveBroadcastImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getLiveBroadcast()
	 * @generated
	 */
	int LIVE_BROADCAST = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__ID = 0;

	/**
	 * The feature id for the '<em><b>Titles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__TITLES = 1;

	/**
	 * The feature id for the '<em><b>Event Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__EVENT_ID = 2;

	/**
	 * The feature id for the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__STARTS_AT = 3;

	/**
	 * The feature id for the '<em><b>Ends At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__ENDS_AT = 4;

	/**
	 * The feature id for the '<em><b>Account Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__ACCOUNT_IDS = 5;

	/**
	 * The feature id for the '<em><b>Stream Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__STREAM_URL = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST__STATUS = 7;

	/**
	 * The number of structural features of the '<em>Live Broadcast</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_BROADCAST_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.AdRequestImpl <em>Ad Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.AdRequestImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getAdRequest()
	 * @generated
	 */
	int AD_REQUEST = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__ID = 0;

	/**
	 * The feature id for the '<em><b>Post Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__POST_ID = 1;

	/**
	 * The feature id for the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__ACCOUNT_ID = 2;

	/**
	 * The feature id for the '<em><b>Segment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__SEGMENT_ID = 3;

	/**
	 * The feature id for the '<em><b>Budget Eur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__BUDGET_EUR = 4;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__AGENCY = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Starts At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__STARTS_AT = 7;

	/**
	 * The feature id for the '<em><b>Ends At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__ENDS_AT = 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST__NOTES = 9;

	/**
	 * The number of structural features of the '<em>Ad Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AD_REQUEST_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.AuditEntryImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getAuditEntry()
	 * @generated
	 */
	int AUDIT_ENTRY = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__WHO = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__AT = 2;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__ACTION = 3;

	/**
	 * The feature id for the '<em><b>Target Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TARGET_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Target Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__TARGET_ID = 5;

	/**
	 * The feature id for the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY__DETAILS = 6;

	/**
	 * The number of structural features of the '<em>Audit Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ENTRY_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.DatasetImpl <em>Dataset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.DatasetImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getDataset()
	 * @generated
	 */
	int DATASET = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Accounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ACCOUNTS = 1;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SEGMENTS = 2;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CAMPAIGNS = 3;

	/**
	 * The feature id for the '<em><b>Posts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__POSTS = 4;

	/**
	 * The feature id for the '<em><b>Archived Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__ARCHIVED_ITEMS = 5;

	/**
	 * The feature id for the '<em><b>Conversations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__CONVERSATIONS = 6;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__EVENTS = 7;

	/**
	 * The feature id for the '<em><b>Broadcasts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__BROADCASTS = 8;

	/**
	 * The feature id for the '<em><b>Ad Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__AD_REQUESTS = 9;

	/**
	 * The feature id for the '<em><b>Audit Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__AUDIT_ENTRIES = 10;

	/**
	 * The feature id for the '<em><b>Saved Replies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET__SAVED_REPLIES = 11;

	/**
	 * The number of structural features of the '<em>Dataset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.QueueSlotImpl <em>Queue Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.QueueSlotImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getQueueSlot()
	 * @generated
	 */
	int QUEUE_SLOT = 19;

	/**
	 * The feature id for the '<em><b>Days Of Week</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_SLOT__DAYS_OF_WEEK = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_SLOT__TIME = 1;

	/**
	 * The number of structural features of the '<em>Queue Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_SLOT_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.SegmentTargetImpl <em>Segment Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.SegmentTargetImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getSegmentTarget()
	 * @generated
	 */
	int SEGMENT_TARGET = 20;

	/**
	 * The feature id for the '<em><b>Network Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__NETWORK_KIND = 0;

	/**
	 * The feature id for the '<em><b>Delivery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__DELIVERY = 1;

	/**
	 * The feature id for the '<em><b>Account Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__ACCOUNT_ID = 2;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__MIN_AGE = 3;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__MAX_AGE = 4;

	/**
	 * The feature id for the '<em><b>Countries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__COUNTRIES = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET__NOTE = 6;

	/**
	 * The number of structural features of the '<em>Segment Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_TARGET_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.ArchivedMediaImpl <em>Archived Media</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.ArchivedMediaImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getArchivedMedia()
	 * @generated
	 */
	int ARCHIVED_MEDIA = 21;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_MEDIA__URL = 0;

	/**
	 * The feature id for the '<em><b>Local Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_MEDIA__LOCAL_PATH = 1;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_MEDIA__MIME_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_MEDIA__SHA256 = 3;

	/**
	 * The number of structural features of the '<em>Archived Media</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHIVED_MEDIA_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.NoteImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 22;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AT = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.pregon.model.impl.SavedReplyImpl <em>Saved Reply</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.impl.SavedReplyImpl
	 * @see org.pregon.model.impl.PregonPackageImpl#getSavedReply()
	 * @generated
	 */
	int SAVED_REPLY = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_REPLY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_REPLY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Texts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_REPLY__TEXTS = 2;

	/**
	 * The number of structural features of the '<em>Saved Reply</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_REPLY_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.pregon.model.PostStatus <em>Post Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.PostStatus
	 * @see org.pregon.model.impl.PregonPackageImpl#getPostStatus()
	 * @generated
	 */
	int POST_STATUS = 24;

	/**
	 * The meta object id for the '{@link org.pregon.model.ApprovalMode <em>Approval Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.ApprovalMode
	 * @see org.pregon.model.impl.PregonPackageImpl#getApprovalMode()
	 * @generated
	 */
	int APPROVAL_MODE = 25;

	/**
	 * The meta object id for the '{@link org.pregon.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.Role
	 * @see org.pregon.model.impl.PregonPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 26;

	/**
	 * The meta object id for the '{@link org.pregon.model.LanguageStrategy <em>Language Strategy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.LanguageStrategy
	 * @see org.pregon.model.impl.PregonPackageImpl#getLanguageStrategy()
	 * @generated
	 */
	int LANGUAGE_STRATEGY = 27;

	/**
	 * The meta object id for the '{@link org.pregon.model.CredentialState <em>Credential State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.CredentialState
	 * @see org.pregon.model.impl.PregonPackageImpl#getCredentialState()
	 * @generated
	 */
	int CREDENTIAL_STATE = 28;

	/**
	 * The meta object id for the '{@link org.pregon.model.ItemKind <em>Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.ItemKind
	 * @see org.pregon.model.impl.PregonPackageImpl#getItemKind()
	 * @generated
	 */
	int ITEM_KIND = 29;

	/**
	 * The meta object id for the '{@link org.pregon.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.Direction
	 * @see org.pregon.model.impl.PregonPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 30;

	/**
	 * The meta object id for the '{@link org.pregon.model.ConversationStatus <em>Conversation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.ConversationStatus
	 * @see org.pregon.model.impl.PregonPackageImpl#getConversationStatus()
	 * @generated
	 */
	int CONVERSATION_STATUS = 31;

	/**
	 * The meta object id for the '{@link org.pregon.model.AdStatus <em>Ad Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.AdStatus
	 * @see org.pregon.model.impl.PregonPackageImpl#getAdStatus()
	 * @generated
	 */
	int AD_STATUS = 32;

	/**
	 * The meta object id for the '{@link org.pregon.model.BroadcastStatus <em>Broadcast Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.BroadcastStatus
	 * @see org.pregon.model.impl.PregonPackageImpl#getBroadcastStatus()
	 * @generated
	 */
	int BROADCAST_STATUS = 33;

	/**
	 * The meta object id for the '{@link org.pregon.model.SegmentDelivery <em>Segment Delivery</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.SegmentDelivery
	 * @see org.pregon.model.impl.PregonPackageImpl#getSegmentDelivery()
	 * @generated
	 */
	int SEGMENT_DELIVERY = 34;

	/**
	 * The meta object id for the '{@link org.pregon.model.MessageState <em>Message State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pregon.model.MessageState
	 * @see org.pregon.model.impl.PregonPackageImpl#getMessageState()
	 * @generated
	 */
	int MESSAGE_STATE = 35;


	/**
	 * Returns the meta object for class '{@link org.pregon.model.ApprovalPolicy <em>Approval Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval Policy</em>'.
	 * @see org.pregon.model.ApprovalPolicy
	 * @generated
	 */
	EClass getApprovalPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ApprovalPolicy#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.pregon.model.ApprovalPolicy#getMode()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_Mode();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.ApprovalPolicy#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Group</em>'.
	 * @see org.pregon.model.ApprovalPolicy#getGroup()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ApprovalPolicy#getRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.pregon.model.ApprovalPolicy#getRequired()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ApprovalPolicy#isRepliesNeedApproval <em>Replies Need Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replies Need Approval</em>'.
	 * @see org.pregon.model.ApprovalPolicy#isRepliesNeedApproval()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_RepliesNeedApproval();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval</em>'.
	 * @see org.pregon.model.Approval
	 * @generated
	 */
	EClass getApproval();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Approval#getWho <em>Who</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who</em>'.
	 * @see org.pregon.model.Approval#getWho()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Who();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Approval#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.pregon.model.Approval#getAt()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_At();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Approval#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.pregon.model.Approval#getRevision()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Revision();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.pregon.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.User#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pregon.model.User#getName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.pregon.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.User#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.pregon.model.User#getRoles()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Roles();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see org.pregon.model.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LocalizedText#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.pregon.model.LocalizedText#getLanguage()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LocalizedText#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pregon.model.LocalizedText#getText()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EAttribute getLocalizedText_Text();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account</em>'.
	 * @see org.pregon.model.Account
	 * @generated
	 */
	EClass getAccount();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Account#getId()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getNetworkKind <em>Network Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Kind</em>'.
	 * @see org.pregon.model.Account#getNetworkKind()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_NetworkKind();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see org.pregon.model.Account#getHandle()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Handle();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.pregon.model.Account#getDisplayName()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getServerUrl <em>Server Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Server Url</em>'.
	 * @see org.pregon.model.Account#getServerUrl()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_ServerUrl();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.Account#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.pregon.model.Account#getLanguages()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Languages();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getCredentialState <em>Credential State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credential State</em>'.
	 * @see org.pregon.model.Account#getCredentialState()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_CredentialState();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getTextLimit <em>Text Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Limit</em>'.
	 * @see org.pregon.model.Account#getTextLimit()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_TextLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Account#getUrlLength <em>Url Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url Length</em>'.
	 * @see org.pregon.model.Account#getUrlLength()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_UrlLength();

	/**
	 * Returns the meta object for the containment reference '{@link org.pregon.model.Account#getApprovalPolicy <em>Approval Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Approval Policy</em>'.
	 * @see org.pregon.model.Account#getApprovalPolicy()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_ApprovalPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Account#getQueueSlots <em>Queue Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queue Slots</em>'.
	 * @see org.pregon.model.Account#getQueueSlots()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_QueueSlots();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.pregon.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Segment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Segment#getId()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Segment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pregon.model.Segment#getName()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Segment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.pregon.model.Segment#getDescription()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Segment#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see org.pregon.model.Segment#getMinAge()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Segment#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see org.pregon.model.Segment#getMaxAge()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_MaxAge();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Segment#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.pregon.model.Segment#getTargets()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Targets();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.pregon.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Campaign#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Campaign#getId()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pregon.model.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Campaign#getStartsAt <em>Starts At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starts At</em>'.
	 * @see org.pregon.model.Campaign#getStartsAt()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_StartsAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Campaign#getEndsAt <em>Ends At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ends At</em>'.
	 * @see org.pregon.model.Campaign#getEndsAt()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_EndsAt();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.MediaItem <em>Media Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Item</em>'.
	 * @see org.pregon.model.MediaItem
	 * @generated
	 */
	EClass getMediaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.MediaItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.MediaItem#getId()
	 * @see #getMediaItem()
	 * @generated
	 */
	EAttribute getMediaItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.MediaItem#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.pregon.model.MediaItem#getUri()
	 * @see #getMediaItem()
	 * @generated
	 */
	EAttribute getMediaItem_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.MediaItem#getMimeType <em>Mime Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mime Type</em>'.
	 * @see org.pregon.model.MediaItem#getMimeType()
	 * @see #getMediaItem()
	 * @generated
	 */
	EAttribute getMediaItem_MimeType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.MediaItem#getAltTexts <em>Alt Texts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alt Texts</em>'.
	 * @see org.pregon.model.MediaItem#getAltTexts()
	 * @see #getMediaItem()
	 * @generated
	 */
	EReference getMediaItem_AltTexts();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Post <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Post</em>'.
	 * @see org.pregon.model.Post
	 * @generated
	 */
	EClass getPost();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Post#getId()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Post#getTexts <em>Texts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Texts</em>'.
	 * @see org.pregon.model.Post#getTexts()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Texts();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see org.pregon.model.Post#getLink()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Link();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Post#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Media</em>'.
	 * @see org.pregon.model.Post#getMedia()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Media();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.Post#getSegmentIds <em>Segment Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Segment Ids</em>'.
	 * @see org.pregon.model.Post#getSegmentIds()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_SegmentIds();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getCampaignId <em>Campaign Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Id</em>'.
	 * @see org.pregon.model.Post#getCampaignId()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_CampaignId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.pregon.model.Post#getStatus()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.pregon.model.Post#getAuthor()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.pregon.model.Post#getCreatedAt()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.pregon.model.Post#getUpdatedAt()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_UpdatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getScheduledAt <em>Scheduled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled At</em>'.
	 * @see org.pregon.model.Post#getScheduledAt()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_ScheduledAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.pregon.model.Post#getPublishedAt()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_PublishedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Post#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see org.pregon.model.Post#getVariants()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Variants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Post#getApprovals <em>Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approvals</em>'.
	 * @see org.pregon.model.Post#getApprovals()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Approvals();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Post#getRejectionReason <em>Rejection Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejection Reason</em>'.
	 * @see org.pregon.model.Post#getRejectionReason()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_RejectionReason();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.PostVariant <em>Post Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Post Variant</em>'.
	 * @see org.pregon.model.PostVariant
	 * @generated
	 */
	EClass getPostVariant();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.PostVariant#getId()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_Id();

	/**
	 * Returns the meta object for the container reference '{@link org.pregon.model.PostVariant#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Post</em>'.
	 * @see org.pregon.model.PostVariant#getPost()
	 * @see #getPostVariant()
	 * @generated
	 */
	EReference getPostVariant_Post();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getAccountId <em>Account Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Id</em>'.
	 * @see org.pregon.model.PostVariant#getAccountId()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_AccountId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pregon.model.PostVariant#getText()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getLanguageStrategy <em>Language Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language Strategy</em>'.
	 * @see org.pregon.model.PostVariant#getLanguageStrategy()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_LanguageStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.pregon.model.PostVariant#getStatus()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_Status();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.PostVariant#getRemoteIds <em>Remote Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Remote Ids</em>'.
	 * @see org.pregon.model.PostVariant#getRemoteIds()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_RemoteIds();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getRemoteUrl <em>Remote Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Url</em>'.
	 * @see org.pregon.model.PostVariant#getRemoteUrl()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_RemoteUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.pregon.model.PostVariant#getPublishedAt()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_PublishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getFailureReason <em>Failure Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Reason</em>'.
	 * @see org.pregon.model.PostVariant#getFailureReason()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_FailureReason();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getSegmentId <em>Segment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment Id</em>'.
	 * @see org.pregon.model.PostVariant#getSegmentId()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_SegmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getHandedOverAt <em>Handed Over At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handed Over At</em>'.
	 * @see org.pregon.model.PostVariant#getHandedOverAt()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_HandedOverAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.PostVariant#getHandedOverFor <em>Handed Over For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handed Over For</em>'.
	 * @see org.pregon.model.PostVariant#getHandedOverFor()
	 * @see #getPostVariant()
	 * @generated
	 */
	EAttribute getPostVariant_HandedOverFor();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Revision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Revision</em>'.
	 * @see org.pregon.model.Revision
	 * @generated
	 */
	EClass getRevision();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Revision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pregon.model.Revision#getText()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Revision#getEditedAt <em>Edited At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edited At</em>'.
	 * @see org.pregon.model.Revision#getEditedAt()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_EditedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Revision#getSeenAt <em>Seen At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seen At</em>'.
	 * @see org.pregon.model.Revision#getSeenAt()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_SeenAt();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.ArchivedItem <em>Archived Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Archived Item</em>'.
	 * @see org.pregon.model.ArchivedItem
	 * @generated
	 */
	EClass getArchivedItem();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.ArchivedItem#getId()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getAccountId <em>Account Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Id</em>'.
	 * @see org.pregon.model.ArchivedItem#getAccountId()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_AccountId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getNetworkKind <em>Network Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Kind</em>'.
	 * @see org.pregon.model.ArchivedItem#getNetworkKind()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_NetworkKind();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pregon.model.ArchivedItem#getKind()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see org.pregon.model.ArchivedItem#getRemoteId()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getParentRemoteId <em>Parent Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Remote Id</em>'.
	 * @see org.pregon.model.ArchivedItem#getParentRemoteId()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_ParentRemoteId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.pregon.model.ArchivedItem#getUrl()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.pregon.model.ArchivedItem#getAuthor()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.pregon.model.ArchivedItem#getLanguage()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pregon.model.ArchivedItem#getText()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getCampaignId <em>Campaign Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Id</em>'.
	 * @see org.pregon.model.ArchivedItem#getCampaignId()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_CampaignId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.pregon.model.ArchivedItem#getCreatedAt()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getEditedAt <em>Edited At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edited At</em>'.
	 * @see org.pregon.model.ArchivedItem#getEditedAt()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_EditedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedItem#getDeletedAt <em>Deleted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted At</em>'.
	 * @see org.pregon.model.ArchivedItem#getDeletedAt()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EAttribute getArchivedItem_DeletedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.ArchivedItem#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisions</em>'.
	 * @see org.pregon.model.ArchivedItem#getRevisions()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EReference getArchivedItem_Revisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.ArchivedItem#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Media</em>'.
	 * @see org.pregon.model.ArchivedItem#getMedia()
	 * @see #getArchivedItem()
	 * @generated
	 */
	EReference getArchivedItem_Media();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message</em>'.
	 * @see org.pregon.model.Message
	 * @generated
	 */
	EClass getMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Message#getId()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see org.pregon.model.Message#getRemoteId()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.pregon.model.Message#getDirection()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.pregon.model.Message#getAuthor()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getSentAt <em>Sent At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent At</em>'.
	 * @see org.pregon.model.Message#getSentAt()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_SentAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pregon.model.Message#getText()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#isAutomatic <em>Automatic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automatic</em>'.
	 * @see org.pregon.model.Message#isAutomatic()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Automatic();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#isNoReplyNeeded <em>No Reply Needed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Reply Needed</em>'.
	 * @see org.pregon.model.Message#isNoReplyNeeded()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_NoReplyNeeded();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#isSpam <em>Spam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spam</em>'.
	 * @see org.pregon.model.Message#isSpam()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Spam();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getSentBy <em>Sent By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent By</em>'.
	 * @see org.pregon.model.Message#getSentBy()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_SentBy();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.pregon.model.Message#getState()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_State();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Message#getFailureReason <em>Failure Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Reason</em>'.
	 * @see org.pregon.model.Message#getFailureReason()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_FailureReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Message#getApprovals <em>Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approvals</em>'.
	 * @see org.pregon.model.Message#getApprovals()
	 * @see #getMessage()
	 * @generated
	 */
	EReference getMessage_Approvals();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Conversation <em>Conversation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conversation</em>'.
	 * @see org.pregon.model.Conversation
	 * @generated
	 */
	EClass getConversation();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Conversation#getId()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getAccountId <em>Account Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Id</em>'.
	 * @see org.pregon.model.Conversation#getAccountId()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_AccountId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getNetworkKind <em>Network Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Kind</em>'.
	 * @see org.pregon.model.Conversation#getNetworkKind()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_NetworkKind();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see org.pregon.model.Conversation#getRemoteId()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pregon.model.Conversation#getKind()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participant</em>'.
	 * @see org.pregon.model.Conversation#getParticipant()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_Participant();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getPostRemoteId <em>Post Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Remote Id</em>'.
	 * @see org.pregon.model.Conversation#getPostRemoteId()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_PostRemoteId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.pregon.model.Conversation#getStatus()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignee</em>'.
	 * @see org.pregon.model.Conversation#getAssignee()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_Assignee();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Conversation#getMessages <em>Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Messages</em>'.
	 * @see org.pregon.model.Conversation#getMessages()
	 * @see #getConversation()
	 * @generated
	 */
	EReference getConversation_Messages();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Conversation#isUnread <em>Unread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unread</em>'.
	 * @see org.pregon.model.Conversation#isUnread()
	 * @see #getConversation()
	 * @generated
	 */
	EAttribute getConversation_Unread();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Conversation#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.pregon.model.Conversation#getNotes()
	 * @see #getConversation()
	 * @generated
	 */
	EReference getConversation_Notes();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Event <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see org.pregon.model.Event
	 * @generated
	 */
	EClass getEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Event#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.Event#getId()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Event#getTitles <em>Titles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Titles</em>'.
	 * @see org.pregon.model.Event#getTitles()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Titles();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Event#getStartsAt <em>Starts At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starts At</em>'.
	 * @see org.pregon.model.Event#getStartsAt()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_StartsAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Event#getEndsAt <em>Ends At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ends At</em>'.
	 * @see org.pregon.model.Event#getEndsAt()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_EndsAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Event#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.pregon.model.Event#getLocation()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Event#getOnlineUrl <em>Online Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online Url</em>'.
	 * @see org.pregon.model.Event#getOnlineUrl()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_OnlineUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Event#getCampaignId <em>Campaign Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Id</em>'.
	 * @see org.pregon.model.Event#getCampaignId()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_CampaignId();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.Event#getAccountIds <em>Account Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Account Ids</em>'.
	 * @see org.pregon.model.Event#getAccountIds()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_AccountIds();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.LiveBroadcast <em>Live Broadcast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Live Broadcast</em>'.
	 * @see org.pregon.model.LiveBroadcast
	 * @generated
	 */
	EClass getLiveBroadcast();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LiveBroadcast#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.LiveBroadcast#getId()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_Id();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.LiveBroadcast#getTitles <em>Titles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Titles</em>'.
	 * @see org.pregon.model.LiveBroadcast#getTitles()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EReference getLiveBroadcast_Titles();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LiveBroadcast#getEventId <em>Event Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Id</em>'.
	 * @see org.pregon.model.LiveBroadcast#getEventId()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_EventId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LiveBroadcast#getStartsAt <em>Starts At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starts At</em>'.
	 * @see org.pregon.model.LiveBroadcast#getStartsAt()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_StartsAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LiveBroadcast#getEndsAt <em>Ends At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ends At</em>'.
	 * @see org.pregon.model.LiveBroadcast#getEndsAt()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_EndsAt();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.LiveBroadcast#getAccountIds <em>Account Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Account Ids</em>'.
	 * @see org.pregon.model.LiveBroadcast#getAccountIds()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_AccountIds();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LiveBroadcast#getStreamUrl <em>Stream Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stream Url</em>'.
	 * @see org.pregon.model.LiveBroadcast#getStreamUrl()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_StreamUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.LiveBroadcast#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.pregon.model.LiveBroadcast#getStatus()
	 * @see #getLiveBroadcast()
	 * @generated
	 */
	EAttribute getLiveBroadcast_Status();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.AdRequest <em>Ad Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ad Request</em>'.
	 * @see org.pregon.model.AdRequest
	 * @generated
	 */
	EClass getAdRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.AdRequest#getId()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getPostId <em>Post Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Id</em>'.
	 * @see org.pregon.model.AdRequest#getPostId()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_PostId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getAccountId <em>Account Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Id</em>'.
	 * @see org.pregon.model.AdRequest#getAccountId()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_AccountId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getSegmentId <em>Segment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment Id</em>'.
	 * @see org.pregon.model.AdRequest#getSegmentId()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_SegmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getBudgetEur <em>Budget Eur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Eur</em>'.
	 * @see org.pregon.model.AdRequest#getBudgetEur()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_BudgetEur();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agency</em>'.
	 * @see org.pregon.model.AdRequest#getAgency()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_Agency();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.pregon.model.AdRequest#getStatus()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getStartsAt <em>Starts At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starts At</em>'.
	 * @see org.pregon.model.AdRequest#getStartsAt()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_StartsAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getEndsAt <em>Ends At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ends At</em>'.
	 * @see org.pregon.model.AdRequest#getEndsAt()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_EndsAt();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AdRequest#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.pregon.model.AdRequest#getNotes()
	 * @see #getAdRequest()
	 * @generated
	 */
	EAttribute getAdRequest_Notes();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.AuditEntry <em>Audit Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Entry</em>'.
	 * @see org.pregon.model.AuditEntry
	 * @generated
	 */
	EClass getAuditEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.AuditEntry#getId()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getWho <em>Who</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who</em>'.
	 * @see org.pregon.model.AuditEntry#getWho()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Who();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.pregon.model.AuditEntry#getAt()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_At();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.pregon.model.AuditEntry#getAction()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getTargetType <em>Target Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Type</em>'.
	 * @see org.pregon.model.AuditEntry#getTargetType()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_TargetType();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getTargetId <em>Target Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Id</em>'.
	 * @see org.pregon.model.AuditEntry#getTargetId()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_TargetId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.AuditEntry#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details</em>'.
	 * @see org.pregon.model.AuditEntry#getDetails()
	 * @see #getAuditEntry()
	 * @generated
	 */
	EAttribute getAuditEntry_Details();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Dataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset</em>'.
	 * @see org.pregon.model.Dataset
	 * @generated
	 */
	EClass getDataset();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Dataset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pregon.model.Dataset#getName()
	 * @see #getDataset()
	 * @generated
	 */
	EAttribute getDataset_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getAccounts <em>Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accounts</em>'.
	 * @see org.pregon.model.Dataset#getAccounts()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Accounts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.pregon.model.Dataset#getSegments()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.pregon.model.Dataset#getCampaigns()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Campaigns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getPosts <em>Posts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Posts</em>'.
	 * @see org.pregon.model.Dataset#getPosts()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Posts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getArchivedItems <em>Archived Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Archived Items</em>'.
	 * @see org.pregon.model.Dataset#getArchivedItems()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_ArchivedItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getConversations <em>Conversations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conversations</em>'.
	 * @see org.pregon.model.Dataset#getConversations()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Conversations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.pregon.model.Dataset#getEvents()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getBroadcasts <em>Broadcasts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Broadcasts</em>'.
	 * @see org.pregon.model.Dataset#getBroadcasts()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_Broadcasts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getAdRequests <em>Ad Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ad Requests</em>'.
	 * @see org.pregon.model.Dataset#getAdRequests()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_AdRequests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getAuditEntries <em>Audit Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit Entries</em>'.
	 * @see org.pregon.model.Dataset#getAuditEntries()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_AuditEntries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.Dataset#getSavedReplies <em>Saved Replies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saved Replies</em>'.
	 * @see org.pregon.model.Dataset#getSavedReplies()
	 * @see #getDataset()
	 * @generated
	 */
	EReference getDataset_SavedReplies();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.QueueSlot <em>Queue Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Queue Slot</em>'.
	 * @see org.pregon.model.QueueSlot
	 * @generated
	 */
	EClass getQueueSlot();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.QueueSlot#getDaysOfWeek <em>Days Of Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Days Of Week</em>'.
	 * @see org.pregon.model.QueueSlot#getDaysOfWeek()
	 * @see #getQueueSlot()
	 * @generated
	 */
	EAttribute getQueueSlot_DaysOfWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.QueueSlot#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.pregon.model.QueueSlot#getTime()
	 * @see #getQueueSlot()
	 * @generated
	 */
	EAttribute getQueueSlot_Time();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.SegmentTarget <em>Segment Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Target</em>'.
	 * @see org.pregon.model.SegmentTarget
	 * @generated
	 */
	EClass getSegmentTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SegmentTarget#getNetworkKind <em>Network Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Kind</em>'.
	 * @see org.pregon.model.SegmentTarget#getNetworkKind()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_NetworkKind();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SegmentTarget#getDelivery <em>Delivery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivery</em>'.
	 * @see org.pregon.model.SegmentTarget#getDelivery()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_Delivery();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SegmentTarget#getAccountId <em>Account Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Id</em>'.
	 * @see org.pregon.model.SegmentTarget#getAccountId()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_AccountId();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SegmentTarget#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see org.pregon.model.SegmentTarget#getMinAge()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SegmentTarget#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see org.pregon.model.SegmentTarget#getMaxAge()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_MaxAge();

	/**
	 * Returns the meta object for the attribute list '{@link org.pregon.model.SegmentTarget#getCountries <em>Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Countries</em>'.
	 * @see org.pregon.model.SegmentTarget#getCountries()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_Countries();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SegmentTarget#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.pregon.model.SegmentTarget#getNote()
	 * @see #getSegmentTarget()
	 * @generated
	 */
	EAttribute getSegmentTarget_Note();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.ArchivedMedia <em>Archived Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Archived Media</em>'.
	 * @see org.pregon.model.ArchivedMedia
	 * @generated
	 */
	EClass getArchivedMedia();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedMedia#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.pregon.model.ArchivedMedia#getUrl()
	 * @see #getArchivedMedia()
	 * @generated
	 */
	EAttribute getArchivedMedia_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedMedia#getLocalPath <em>Local Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Path</em>'.
	 * @see org.pregon.model.ArchivedMedia#getLocalPath()
	 * @see #getArchivedMedia()
	 * @generated
	 */
	EAttribute getArchivedMedia_LocalPath();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedMedia#getMimeType <em>Mime Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mime Type</em>'.
	 * @see org.pregon.model.ArchivedMedia#getMimeType()
	 * @see #getArchivedMedia()
	 * @generated
	 */
	EAttribute getArchivedMedia_MimeType();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.ArchivedMedia#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.pregon.model.ArchivedMedia#getSha256()
	 * @see #getArchivedMedia()
	 * @generated
	 */
	EAttribute getArchivedMedia_Sha256();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.pregon.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Note#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.pregon.model.Note#getAuthor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Note#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.pregon.model.Note#getAt()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_At();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pregon.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for class '{@link org.pregon.model.SavedReply <em>Saved Reply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Reply</em>'.
	 * @see org.pregon.model.SavedReply
	 * @generated
	 */
	EClass getSavedReply();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SavedReply#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pregon.model.SavedReply#getId()
	 * @see #getSavedReply()
	 * @generated
	 */
	EAttribute getSavedReply_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pregon.model.SavedReply#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pregon.model.SavedReply#getName()
	 * @see #getSavedReply()
	 * @generated
	 */
	EAttribute getSavedReply_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pregon.model.SavedReply#getTexts <em>Texts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Texts</em>'.
	 * @see org.pregon.model.SavedReply#getTexts()
	 * @see #getSavedReply()
	 * @generated
	 */
	EReference getSavedReply_Texts();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.PostStatus <em>Post Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Post Status</em>'.
	 * @see org.pregon.model.PostStatus
	 * @generated
	 */
	EEnum getPostStatus();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.ApprovalMode <em>Approval Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Approval Mode</em>'.
	 * @see org.pregon.model.ApprovalMode
	 * @generated
	 */
	EEnum getApprovalMode();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.pregon.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.LanguageStrategy <em>Language Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Language Strategy</em>'.
	 * @see org.pregon.model.LanguageStrategy
	 * @generated
	 */
	EEnum getLanguageStrategy();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.CredentialState <em>Credential State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Credential State</em>'.
	 * @see org.pregon.model.CredentialState
	 * @generated
	 */
	EEnum getCredentialState();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.ItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Kind</em>'.
	 * @see org.pregon.model.ItemKind
	 * @generated
	 */
	EEnum getItemKind();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.pregon.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.ConversationStatus <em>Conversation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conversation Status</em>'.
	 * @see org.pregon.model.ConversationStatus
	 * @generated
	 */
	EEnum getConversationStatus();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.AdStatus <em>Ad Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ad Status</em>'.
	 * @see org.pregon.model.AdStatus
	 * @generated
	 */
	EEnum getAdStatus();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.BroadcastStatus <em>Broadcast Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Broadcast Status</em>'.
	 * @see org.pregon.model.BroadcastStatus
	 * @generated
	 */
	EEnum getBroadcastStatus();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.SegmentDelivery <em>Segment Delivery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segment Delivery</em>'.
	 * @see org.pregon.model.SegmentDelivery
	 * @generated
	 */
	EEnum getSegmentDelivery();

	/**
	 * Returns the meta object for enum '{@link org.pregon.model.MessageState <em>Message State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Message State</em>'.
	 * @see org.pregon.model.MessageState
	 * @generated
	 */
	EEnum getMessageState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PregonFactory getPregonFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.ApprovalPolicyImpl <em>Approval Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.ApprovalPolicyImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getApprovalPolicy()
		 * @generated
		 */
		EClass APPROVAL_POLICY = eINSTANCE.getApprovalPolicy();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__MODE = eINSTANCE.getApprovalPolicy_Mode();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__GROUP = eINSTANCE.getApprovalPolicy_Group();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__REQUIRED = eINSTANCE.getApprovalPolicy_Required();

		/**
		 * The meta object literal for the '<em><b>Replies Need Approval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__REPLIES_NEED_APPROVAL = eINSTANCE.getApprovalPolicy_RepliesNeedApproval();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.ApprovalImpl <em>Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.ApprovalImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getApproval()
		 * @generated
		 */
		EClass APPROVAL = eINSTANCE.getApproval();

		/**
		 * The meta object literal for the '<em><b>Who</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__WHO = eINSTANCE.getApproval_Who();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__AT = eINSTANCE.getApproval_At();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__REVISION = eINSTANCE.getApproval_Revision();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.UserImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__NAME = eINSTANCE.getUser_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ROLES = eINSTANCE.getUser_Roles();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.LocalizedTextImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__LANGUAGE = eINSTANCE.getLocalizedText_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZED_TEXT__TEXT = eINSTANCE.getLocalizedText_Text();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.AccountImpl <em>Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.AccountImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getAccount()
		 * @generated
		 */
		EClass ACCOUNT = eINSTANCE.getAccount();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__ID = eINSTANCE.getAccount_Id();

		/**
		 * The meta object literal for the '<em><b>Network Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__NETWORK_KIND = eINSTANCE.getAccount_NetworkKind();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__HANDLE = eINSTANCE.getAccount_Handle();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__DISPLAY_NAME = eINSTANCE.getAccount_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Server Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__SERVER_URL = eINSTANCE.getAccount_ServerUrl();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__LANGUAGES = eINSTANCE.getAccount_Languages();

		/**
		 * The meta object literal for the '<em><b>Credential State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__CREDENTIAL_STATE = eINSTANCE.getAccount_CredentialState();

		/**
		 * The meta object literal for the '<em><b>Text Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__TEXT_LIMIT = eINSTANCE.getAccount_TextLimit();

		/**
		 * The meta object literal for the '<em><b>Url Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__URL_LENGTH = eINSTANCE.getAccount_UrlLength();

		/**
		 * The meta object literal for the '<em><b>Approval Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__APPROVAL_POLICY = eINSTANCE.getAccount_ApprovalPolicy();

		/**
		 * The meta object literal for the '<em><b>Queue Slots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__QUEUE_SLOTS = eINSTANCE.getAccount_QueueSlots();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.SegmentImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__ID = eINSTANCE.getSegment_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__NAME = eINSTANCE.getSegment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__DESCRIPTION = eINSTANCE.getSegment_Description();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__MIN_AGE = eINSTANCE.getSegment_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__MAX_AGE = eINSTANCE.getSegment_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__TARGETS = eINSTANCE.getSegment_Targets();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.CampaignImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ID = eINSTANCE.getCampaign_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Starts At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STARTS_AT = eINSTANCE.getCampaign_StartsAt();

		/**
		 * The meta object literal for the '<em><b>Ends At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ENDS_AT = eINSTANCE.getCampaign_EndsAt();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.MediaItemImpl <em>Media Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.MediaItemImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getMediaItem()
		 * @generated
		 */
		EClass MEDIA_ITEM = eINSTANCE.getMediaItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ITEM__ID = eINSTANCE.getMediaItem_Id();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ITEM__URI = eINSTANCE.getMediaItem_Uri();

		/**
		 * The meta object literal for the '<em><b>Mime Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_ITEM__MIME_TYPE = eINSTANCE.getMediaItem_MimeType();

		/**
		 * The meta object literal for the '<em><b>Alt Texts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIA_ITEM__ALT_TEXTS = eINSTANCE.getMediaItem_AltTexts();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.PostImpl <em>Post</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.PostImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getPost()
		 * @generated
		 */
		EClass POST = eINSTANCE.getPost();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__ID = eINSTANCE.getPost_Id();

		/**
		 * The meta object literal for the '<em><b>Texts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__TEXTS = eINSTANCE.getPost_Texts();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__LINK = eINSTANCE.getPost_Link();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__MEDIA = eINSTANCE.getPost_Media();

		/**
		 * The meta object literal for the '<em><b>Segment Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__SEGMENT_IDS = eINSTANCE.getPost_SegmentIds();

		/**
		 * The meta object literal for the '<em><b>Campaign Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__CAMPAIGN_ID = eINSTANCE.getPost_CampaignId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__STATUS = eINSTANCE.getPost_Status();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__AUTHOR = eINSTANCE.getPost_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__CREATED_AT = eINSTANCE.getPost_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__UPDATED_AT = eINSTANCE.getPost_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Scheduled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__SCHEDULED_AT = eINSTANCE.getPost_ScheduledAt();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__PUBLISHED_AT = eINSTANCE.getPost_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__VARIANTS = eINSTANCE.getPost_Variants();

		/**
		 * The meta object literal for the '<em><b>Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__APPROVALS = eINSTANCE.getPost_Approvals();

		/**
		 * The meta object literal for the '<em><b>Rejection Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__REJECTION_REASON = eINSTANCE.getPost_RejectionReason();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.PostVariantImpl <em>Post Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.PostVariantImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getPostVariant()
		 * @generated
		 */
		EClass POST_VARIANT = eINSTANCE.getPostVariant();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__ID = eINSTANCE.getPostVariant_Id();

		/**
		 * The meta object literal for the '<em><b>Post</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST_VARIANT__POST = eINSTANCE.getPostVariant_Post();

		/**
		 * The meta object literal for the '<em><b>Account Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__ACCOUNT_ID = eINSTANCE.getPostVariant_AccountId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__TEXT = eINSTANCE.getPostVariant_Text();

		/**
		 * The meta object literal for the '<em><b>Language Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__LANGUAGE_STRATEGY = eINSTANCE.getPostVariant_LanguageStrategy();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__STATUS = eINSTANCE.getPostVariant_Status();

		/**
		 * The meta object literal for the '<em><b>Remote Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__REMOTE_IDS = eINSTANCE.getPostVariant_RemoteIds();

		/**
		 * The meta object literal for the '<em><b>Remote Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__REMOTE_URL = eINSTANCE.getPostVariant_RemoteUrl();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__PUBLISHED_AT = eINSTANCE.getPostVariant_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Failure Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__FAILURE_REASON = eINSTANCE.getPostVariant_FailureReason();

		/**
		 * The meta object literal for the '<em><b>Segment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__SEGMENT_ID = eINSTANCE.getPostVariant_SegmentId();

		/**
		 * The meta object literal for the '<em><b>Handed Over At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__HANDED_OVER_AT = eINSTANCE.getPostVariant_HandedOverAt();

		/**
		 * The meta object literal for the '<em><b>Handed Over For</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST_VARIANT__HANDED_OVER_FOR = eINSTANCE.getPostVariant_HandedOverFor();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.RevisionImpl <em>Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.RevisionImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getRevision()
		 * @generated
		 */
		EClass REVISION = eINSTANCE.getRevision();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__TEXT = eINSTANCE.getRevision_Text();

		/**
		 * The meta object literal for the '<em><b>Edited At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__EDITED_AT = eINSTANCE.getRevision_EditedAt();

		/**
		 * The meta object literal for the '<em><b>Seen At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__SEEN_AT = eINSTANCE.getRevision_SeenAt();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.ArchivedItemImpl <em>Archived Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.ArchivedItemImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getArchivedItem()
		 * @generated
		 */
		EClass ARCHIVED_ITEM = eINSTANCE.getArchivedItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__ID = eINSTANCE.getArchivedItem_Id();

		/**
		 * The meta object literal for the '<em><b>Account Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__ACCOUNT_ID = eINSTANCE.getArchivedItem_AccountId();

		/**
		 * The meta object literal for the '<em><b>Network Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__NETWORK_KIND = eINSTANCE.getArchivedItem_NetworkKind();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__KIND = eINSTANCE.getArchivedItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__REMOTE_ID = eINSTANCE.getArchivedItem_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Parent Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__PARENT_REMOTE_ID = eINSTANCE.getArchivedItem_ParentRemoteId();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__URL = eINSTANCE.getArchivedItem_Url();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__AUTHOR = eINSTANCE.getArchivedItem_Author();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__LANGUAGE = eINSTANCE.getArchivedItem_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__TEXT = eINSTANCE.getArchivedItem_Text();

		/**
		 * The meta object literal for the '<em><b>Campaign Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__CAMPAIGN_ID = eINSTANCE.getArchivedItem_CampaignId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__CREATED_AT = eINSTANCE.getArchivedItem_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Edited At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__EDITED_AT = eINSTANCE.getArchivedItem_EditedAt();

		/**
		 * The meta object literal for the '<em><b>Deleted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_ITEM__DELETED_AT = eINSTANCE.getArchivedItem_DeletedAt();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVED_ITEM__REVISIONS = eINSTANCE.getArchivedItem_Revisions();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARCHIVED_ITEM__MEDIA = eINSTANCE.getArchivedItem_Media();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.MessageImpl <em>Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.MessageImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getMessage()
		 * @generated
		 */
		EClass MESSAGE = eINSTANCE.getMessage();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__ID = eINSTANCE.getMessage_Id();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__REMOTE_ID = eINSTANCE.getMessage_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__DIRECTION = eINSTANCE.getMessage_Direction();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__AUTHOR = eINSTANCE.getMessage_Author();

		/**
		 * The meta object literal for the '<em><b>Sent At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SENT_AT = eINSTANCE.getMessage_SentAt();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__TEXT = eINSTANCE.getMessage_Text();

		/**
		 * The meta object literal for the '<em><b>Automatic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__AUTOMATIC = eINSTANCE.getMessage_Automatic();

		/**
		 * The meta object literal for the '<em><b>No Reply Needed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__NO_REPLY_NEEDED = eINSTANCE.getMessage_NoReplyNeeded();

		/**
		 * The meta object literal for the '<em><b>Spam</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SPAM = eINSTANCE.getMessage_Spam();

		/**
		 * The meta object literal for the '<em><b>Sent By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SENT_BY = eINSTANCE.getMessage_SentBy();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__STATE = eINSTANCE.getMessage_State();

		/**
		 * The meta object literal for the '<em><b>Failure Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__FAILURE_REASON = eINSTANCE.getMessage_FailureReason();

		/**
		 * The meta object literal for the '<em><b>Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE__APPROVALS = eINSTANCE.getMessage_Approvals();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.ConversationImpl <em>Conversation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.ConversationImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getConversation()
		 * @generated
		 */
		EClass CONVERSATION = eINSTANCE.getConversation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__ID = eINSTANCE.getConversation_Id();

		/**
		 * The meta object literal for the '<em><b>Account Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__ACCOUNT_ID = eINSTANCE.getConversation_AccountId();

		/**
		 * The meta object literal for the '<em><b>Network Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__NETWORK_KIND = eINSTANCE.getConversation_NetworkKind();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__REMOTE_ID = eINSTANCE.getConversation_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__KIND = eINSTANCE.getConversation_Kind();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__PARTICIPANT = eINSTANCE.getConversation_Participant();

		/**
		 * The meta object literal for the '<em><b>Post Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__POST_REMOTE_ID = eINSTANCE.getConversation_PostRemoteId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__STATUS = eINSTANCE.getConversation_Status();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__ASSIGNEE = eINSTANCE.getConversation_Assignee();

		/**
		 * The meta object literal for the '<em><b>Messages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION__MESSAGES = eINSTANCE.getConversation_Messages();

		/**
		 * The meta object literal for the '<em><b>Unread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSATION__UNREAD = eINSTANCE.getConversation_Unread();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSATION__NOTES = eINSTANCE.getConversation_Notes();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.EventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.EventImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getEvent()
		 * @generated
		 */
		EClass EVENT = eINSTANCE.getEvent();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__ID = eINSTANCE.getEvent_Id();

		/**
		 * The meta object literal for the '<em><b>Titles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__TITLES = eINSTANCE.getEvent_Titles();

		/**
		 * The meta object literal for the '<em><b>Starts At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__STARTS_AT = eINSTANCE.getEvent_StartsAt();

		/**
		 * The meta object literal for the '<em><b>Ends At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__ENDS_AT = eINSTANCE.getEvent_EndsAt();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__LOCATION = eINSTANCE.getEvent_Location();

		/**
		 * The meta object literal for the '<em><b>Online Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__ONLINE_URL = eINSTANCE.getEvent_OnlineUrl();

		/**
		 * The meta object literal for the '<em><b>Campaign Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__CAMPAIGN_ID = eINSTANCE.getEvent_CampaignId();

		/**
		 * The meta object literal for the '<em><b>Account Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__ACCOUNT_IDS = eINSTANCE.getEvent_AccountIds();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.LiveBroadcastImpl <em>Live Broadcast</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.LiveBroadcastImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getLiveBroadcast()
		 * @generated
		 */
		EClass LIVE_BROADCAST = eINSTANCE.getLiveBroadcast();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__ID = eINSTANCE.getLiveBroadcast_Id();

		/**
		 * The meta object literal for the '<em><b>Titles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIVE_BROADCAST__TITLES = eINSTANCE.getLiveBroadcast_Titles();

		/**
		 * The meta object literal for the '<em><b>Event Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__EVENT_ID = eINSTANCE.getLiveBroadcast_EventId();

		/**
		 * The meta object literal for the '<em><b>Starts At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__STARTS_AT = eINSTANCE.getLiveBroadcast_StartsAt();

		/**
		 * The meta object literal for the '<em><b>Ends At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__ENDS_AT = eINSTANCE.getLiveBroadcast_EndsAt();

		/**
		 * The meta object literal for the '<em><b>Account Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__ACCOUNT_IDS = eINSTANCE.getLiveBroadcast_AccountIds();

		/**
		 * The meta object literal for the '<em><b>Stream Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__STREAM_URL = eINSTANCE.getLiveBroadcast_StreamUrl();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_BROADCAST__STATUS = eINSTANCE.getLiveBroadcast_Status();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.AdRequestImpl <em>Ad Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.AdRequestImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getAdRequest()
		 * @generated
		 */
		EClass AD_REQUEST = eINSTANCE.getAdRequest();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__ID = eINSTANCE.getAdRequest_Id();

		/**
		 * The meta object literal for the '<em><b>Post Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__POST_ID = eINSTANCE.getAdRequest_PostId();

		/**
		 * The meta object literal for the '<em><b>Account Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__ACCOUNT_ID = eINSTANCE.getAdRequest_AccountId();

		/**
		 * The meta object literal for the '<em><b>Segment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__SEGMENT_ID = eINSTANCE.getAdRequest_SegmentId();

		/**
		 * The meta object literal for the '<em><b>Budget Eur</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__BUDGET_EUR = eINSTANCE.getAdRequest_BudgetEur();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__AGENCY = eINSTANCE.getAdRequest_Agency();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__STATUS = eINSTANCE.getAdRequest_Status();

		/**
		 * The meta object literal for the '<em><b>Starts At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__STARTS_AT = eINSTANCE.getAdRequest_StartsAt();

		/**
		 * The meta object literal for the '<em><b>Ends At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__ENDS_AT = eINSTANCE.getAdRequest_EndsAt();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AD_REQUEST__NOTES = eINSTANCE.getAdRequest_Notes();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.AuditEntryImpl <em>Audit Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.AuditEntryImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getAuditEntry()
		 * @generated
		 */
		EClass AUDIT_ENTRY = eINSTANCE.getAuditEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ID = eINSTANCE.getAuditEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Who</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__WHO = eINSTANCE.getAuditEntry_Who();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__AT = eINSTANCE.getAuditEntry_At();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__ACTION = eINSTANCE.getAuditEntry_Action();

		/**
		 * The meta object literal for the '<em><b>Target Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TARGET_TYPE = eINSTANCE.getAuditEntry_TargetType();

		/**
		 * The meta object literal for the '<em><b>Target Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__TARGET_ID = eINSTANCE.getAuditEntry_TargetId();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ENTRY__DETAILS = eINSTANCE.getAuditEntry_Details();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.DatasetImpl <em>Dataset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.DatasetImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getDataset()
		 * @generated
		 */
		EClass DATASET = eINSTANCE.getDataset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET__NAME = eINSTANCE.getDataset_Name();

		/**
		 * The meta object literal for the '<em><b>Accounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__ACCOUNTS = eINSTANCE.getDataset_Accounts();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__SEGMENTS = eINSTANCE.getDataset_Segments();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__CAMPAIGNS = eINSTANCE.getDataset_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Posts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__POSTS = eINSTANCE.getDataset_Posts();

		/**
		 * The meta object literal for the '<em><b>Archived Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__ARCHIVED_ITEMS = eINSTANCE.getDataset_ArchivedItems();

		/**
		 * The meta object literal for the '<em><b>Conversations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__CONVERSATIONS = eINSTANCE.getDataset_Conversations();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__EVENTS = eINSTANCE.getDataset_Events();

		/**
		 * The meta object literal for the '<em><b>Broadcasts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__BROADCASTS = eINSTANCE.getDataset_Broadcasts();

		/**
		 * The meta object literal for the '<em><b>Ad Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__AD_REQUESTS = eINSTANCE.getDataset_AdRequests();

		/**
		 * The meta object literal for the '<em><b>Audit Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__AUDIT_ENTRIES = eINSTANCE.getDataset_AuditEntries();

		/**
		 * The meta object literal for the '<em><b>Saved Replies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET__SAVED_REPLIES = eINSTANCE.getDataset_SavedReplies();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.QueueSlotImpl <em>Queue Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.QueueSlotImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getQueueSlot()
		 * @generated
		 */
		EClass QUEUE_SLOT = eINSTANCE.getQueueSlot();

		/**
		 * The meta object literal for the '<em><b>Days Of Week</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_SLOT__DAYS_OF_WEEK = eINSTANCE.getQueueSlot_DaysOfWeek();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE_SLOT__TIME = eINSTANCE.getQueueSlot_Time();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.SegmentTargetImpl <em>Segment Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.SegmentTargetImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getSegmentTarget()
		 * @generated
		 */
		EClass SEGMENT_TARGET = eINSTANCE.getSegmentTarget();

		/**
		 * The meta object literal for the '<em><b>Network Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__NETWORK_KIND = eINSTANCE.getSegmentTarget_NetworkKind();

		/**
		 * The meta object literal for the '<em><b>Delivery</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__DELIVERY = eINSTANCE.getSegmentTarget_Delivery();

		/**
		 * The meta object literal for the '<em><b>Account Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__ACCOUNT_ID = eINSTANCE.getSegmentTarget_AccountId();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__MIN_AGE = eINSTANCE.getSegmentTarget_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__MAX_AGE = eINSTANCE.getSegmentTarget_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Countries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__COUNTRIES = eINSTANCE.getSegmentTarget_Countries();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_TARGET__NOTE = eINSTANCE.getSegmentTarget_Note();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.ArchivedMediaImpl <em>Archived Media</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.ArchivedMediaImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getArchivedMedia()
		 * @generated
		 */
		EClass ARCHIVED_MEDIA = eINSTANCE.getArchivedMedia();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_MEDIA__URL = eINSTANCE.getArchivedMedia_Url();

		/**
		 * The meta object literal for the '<em><b>Local Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_MEDIA__LOCAL_PATH = eINSTANCE.getArchivedMedia_LocalPath();

		/**
		 * The meta object literal for the '<em><b>Mime Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_MEDIA__MIME_TYPE = eINSTANCE.getArchivedMedia_MimeType();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARCHIVED_MEDIA__SHA256 = eINSTANCE.getArchivedMedia_Sha256();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.NoteImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR = eINSTANCE.getNote_Author();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AT = eINSTANCE.getNote_At();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '{@link org.pregon.model.impl.SavedReplyImpl <em>Saved Reply</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.impl.SavedReplyImpl
		 * @see org.pregon.model.impl.PregonPackageImpl#getSavedReply()
		 * @generated
		 */
		EClass SAVED_REPLY = eINSTANCE.getSavedReply();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_REPLY__ID = eINSTANCE.getSavedReply_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_REPLY__NAME = eINSTANCE.getSavedReply_Name();

		/**
		 * The meta object literal for the '<em><b>Texts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAVED_REPLY__TEXTS = eINSTANCE.getSavedReply_Texts();

		/**
		 * The meta object literal for the '{@link org.pregon.model.PostStatus <em>Post Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.PostStatus
		 * @see org.pregon.model.impl.PregonPackageImpl#getPostStatus()
		 * @generated
		 */
		EEnum POST_STATUS = eINSTANCE.getPostStatus();

		/**
		 * The meta object literal for the '{@link org.pregon.model.ApprovalMode <em>Approval Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.ApprovalMode
		 * @see org.pregon.model.impl.PregonPackageImpl#getApprovalMode()
		 * @generated
		 */
		EEnum APPROVAL_MODE = eINSTANCE.getApprovalMode();

		/**
		 * The meta object literal for the '{@link org.pregon.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.Role
		 * @see org.pregon.model.impl.PregonPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.pregon.model.LanguageStrategy <em>Language Strategy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.LanguageStrategy
		 * @see org.pregon.model.impl.PregonPackageImpl#getLanguageStrategy()
		 * @generated
		 */
		EEnum LANGUAGE_STRATEGY = eINSTANCE.getLanguageStrategy();

		/**
		 * The meta object literal for the '{@link org.pregon.model.CredentialState <em>Credential State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.CredentialState
		 * @see org.pregon.model.impl.PregonPackageImpl#getCredentialState()
		 * @generated
		 */
		EEnum CREDENTIAL_STATE = eINSTANCE.getCredentialState();

		/**
		 * The meta object literal for the '{@link org.pregon.model.ItemKind <em>Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.ItemKind
		 * @see org.pregon.model.impl.PregonPackageImpl#getItemKind()
		 * @generated
		 */
		EEnum ITEM_KIND = eINSTANCE.getItemKind();

		/**
		 * The meta object literal for the '{@link org.pregon.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.Direction
		 * @see org.pregon.model.impl.PregonPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.pregon.model.ConversationStatus <em>Conversation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.ConversationStatus
		 * @see org.pregon.model.impl.PregonPackageImpl#getConversationStatus()
		 * @generated
		 */
		EEnum CONVERSATION_STATUS = eINSTANCE.getConversationStatus();

		/**
		 * The meta object literal for the '{@link org.pregon.model.AdStatus <em>Ad Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.AdStatus
		 * @see org.pregon.model.impl.PregonPackageImpl#getAdStatus()
		 * @generated
		 */
		EEnum AD_STATUS = eINSTANCE.getAdStatus();

		/**
		 * The meta object literal for the '{@link org.pregon.model.BroadcastStatus <em>Broadcast Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.BroadcastStatus
		 * @see org.pregon.model.impl.PregonPackageImpl#getBroadcastStatus()
		 * @generated
		 */
		EEnum BROADCAST_STATUS = eINSTANCE.getBroadcastStatus();

		/**
		 * The meta object literal for the '{@link org.pregon.model.SegmentDelivery <em>Segment Delivery</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.SegmentDelivery
		 * @see org.pregon.model.impl.PregonPackageImpl#getSegmentDelivery()
		 * @generated
		 */
		EEnum SEGMENT_DELIVERY = eINSTANCE.getSegmentDelivery();

		/**
		 * The meta object literal for the '{@link org.pregon.model.MessageState <em>Message State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pregon.model.MessageState
		 * @see org.pregon.model.impl.PregonPackageImpl#getMessageState()
		 * @generated
		 */
		EEnum MESSAGE_STATE = eINSTANCE.getMessageState();

	}

} //PregonPackage
