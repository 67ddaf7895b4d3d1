package org.pregon.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench views (English, Spanish, Valencian). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.ui.internal.messages"; //$NON-NLS-1$

    public static String Accounts_empty;
    public static String Accounts_network;
    public static String Accounts_handle;
    public static String Accounts_name;
    public static String Accounts_languages;
    public static String Accounts_credentials;
    public static String Credential_UNKNOWN;
    public static String Credential_VALID;
    public static String Credential_EXPIRED;
    public static String Calendar_previous;
    public static String Calendar_next;
    public static String Calendar_today;
    public static String Calendar_timeZone;
    public static String Calendar_count;
    public static String Calendar_empty;
    public static String Calendar_month;
    public static String Calendar_week;
    public static String Calendar_day;
    public static String Calendar_weekTitle;
    public static String Calendar_legend;
    public static String Calendar_account;
    public static String Calendar_campaign;
    public static String Calendar_segment;
    public static String Calendar_language;
    public static String Calendar_any;
    public static String Calendar_dragHint;
    public static String Calendar_moved;
    public static String Calendar_refusedPublished;
    public static String Calendar_refusedPublishing;
    public static String Calendar_dstGap;
    public static String Calendar_dstOverlap;
    public static String Calendar_inThePast;
    public static String Calendar_tooSoon;
    public static String Calendar_tooFar;
    public static String Calendar_handedOver;
    public static String Status_DRAFT;
    public static String Status_IN_REVIEW;
    public static String Status_APPROVED;
    public static String Status_SCHEDULED;
    public static String Status_PUBLISHING;
    public static String Status_PUBLISHED;
    public static String Status_FAILED;
    public static String Status_CANCELLED;
    public static String Status_EXPIRED;
    public static String Audit_count;
    public static String Audit_empty;
    public static String Audit_filter;
    public static String Audit_date;
    public static String Audit_user;
    public static String Audit_action;
    public static String Audit_target;
    public static String Audit_details;
    public static String Audit_export;
    public static String Audit_exported;
    public static String Audit_exportFailed;
    public static String Composer_submit;
    public static String Composer_approve;
    public static String Composer_reject;
    public static String Composer_rejectTitle;
    public static String Composer_rejectPrompt;
    public static String Composer_approvalRefused;
    public static String Composer_rejected;
    public static String Composer_awaiting;
    public static String Composer_actingAs;
    public static String Inbox_empty;
    public static String Archive_count;
    public static String Archive_empty;
    public static String Archive_date;
    public static String Archive_network;
    public static String Archive_kind;
    public static String Archive_author;
    public static String Archive_language;
    public static String Archive_text;
    public static String Archive_edited;
    public static String Archive_deleted;
    public static String Kind_POST;
    public static String Kind_COMMENT;
    public static String Kind_MESSAGE;

    public static String Composer_title;
    public static String Composer_firstLanguage;
    public static String Composer_secondLanguage;
    public static String Composer_link;
    public static String Composer_images;
    public static String Composer_addImage;
    public static String Composer_removeImage;
    public static String Composer_file;
    public static String Composer_altFirst;
    public static String Composer_altSecond;
    public static String Composer_accounts;
    public static String Composer_variants;
    public static String Composer_account;
    public static String Composer_strategy;
    public static String Composer_count;
    public static String Composer_state;
    public static String Composer_ok;
    public static String Composer_problems;
    public static String Composer_preview;
    public static String Composer_publishNow;
    public static String Composer_publishing;
    public static String Composer_publishJob;
    public static String Composer_cannotPublish;
    public static String Composer_fixFirst;
    public static String Composer_noAccounts;
    public static String Composer_expired;
    public static String Composer_status;
    public static String Composer_part;
    public static String Composer_imageLine;
    public static String Composer_failed;
    public static String Composer_published;
    public static String Composer_handedOver;
    public static String Composer_newPost;
    public static String Strategy_BOTH_IN_ONE;
    public static String Strategy_FIRST_LANGUAGE_ONLY;
    public static String Strategy_SECOND_LANGUAGE_ONLY;
    public static String Strategy_SEPARATE_POSTS;
    public static String Strategy_THREAD;

    public static String Accounts_add;
    public static String Accounts_edit;
    public static String Accounts_verify;
    public static String Accounts_remove;
    public static String Accounts_newPost;
    public static String Accounts_removeTitle;
    public static String Accounts_removeQuestion;
    public static String Accounts_verifyJob;
    public static String Accounts_verified;
    public static String Accounts_verifyFailed;
    public static String Accounts_storageFailed;
    public static String AccountDialog_title;
    public static String AccountDialog_network;
    public static String AccountDialog_handle;
    public static String AccountDialog_displayName;
    public static String AccountDialog_server;
    public static String AccountDialog_languages;
    public static String AccountDialog_keep;
    public static String AccountDialog_noNetworks;
    public static String AccountDialog_handleMissing;
    public static String AccountDialog_badServer;
    public static String AccountDialog_credentialMissing;

    public static String Composer_cost;

    public static String Publisher_jobName;
    public static String Publisher_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
