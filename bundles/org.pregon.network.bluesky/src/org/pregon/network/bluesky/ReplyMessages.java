package org.pregon.network.bluesky;

import org.eclipse.osgi.util.NLS;

/** What replying on Bluesky tells users (English, Spanish, Valencian). */
final class ReplyMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.bluesky.reply_messages"; //$NON-NLS-1$

    public static String Reply_directMessages;
    public static String Reply_notAPost;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReplyMessages.class);
    }

    private ReplyMessages() {
    }
}
