package org.pregon.core.inbox;

import org.eclipse.osgi.util.NLS;

/** What the inbox's core says to users (English, Spanish, Valencian). */
final class InboxMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.inbox.messages"; //$NON-NLS-1$

    public static String Window_noIncoming;
    public static String Window_standard;
    public static String Window_tagged;
    public static String Window_closed;
    public static String Duration_daysHours;
    public static String Duration_hoursMinutes;
    public static String Duration_minutes;
    public static String Note_empty;
    public static String Conversation_missing;
    public static String Reply_noNetwork;
    public static String Reply_empty;
    public static String Reply_noAccount;
    public static String Reply_notSupported;
    public static String Reply_missing;
    public static String Approve_notPending;
    public static String Approve_self;
    public static String Approve_notApprover;
    public static String Approve_already;
    public static String Send_needsApproval;
    public static String Send_expired;
    public static String Send_noCredentials;
    public static String Send_rateLimited;
    public static String Send_cancelled;
    public static String Saved_nameRequired;
    public static String Saved_textRequired;

    static {
        NLS.initializeMessages(BUNDLE_NAME, InboxMessages.class);
    }

    private InboxMessages() {
    }
}
