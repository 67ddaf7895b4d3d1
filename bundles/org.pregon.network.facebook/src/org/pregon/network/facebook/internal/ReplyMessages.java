package org.pregon.network.facebook.internal;

import org.eclipse.osgi.util.NLS;

/** What replying on Facebook tells the user (English, Spanish, Valencian). */
public final class ReplyMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.facebook.internal.reply_messages"; //$NON-NLS-1$

    public static String Reply_task;
    public static String Reply_noConversation;
    public static String Reply_noRecipient;
    public static String Reply_outsideWindow;
    public static String Reply_userUnavailable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReplyMessages.class);
    }

    private ReplyMessages() {
    }
}
