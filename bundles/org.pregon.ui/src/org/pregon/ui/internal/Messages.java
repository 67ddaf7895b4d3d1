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
    public static String Calendar_when;
    public static String Calendar_status;
    public static String Calendar_networks;
    public static String Calendar_text;
    public static String Calendar_count;
    public static String Calendar_empty;
    public static String Status_DRAFT;
    public static String Status_IN_REVIEW;
    public static String Status_APPROVED;
    public static String Status_SCHEDULED;
    public static String Status_PUBLISHING;
    public static String Status_PUBLISHED;
    public static String Status_FAILED;
    public static String Status_CANCELLED;
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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
