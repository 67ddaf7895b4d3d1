package org.pregon.network.mastodon;

import org.eclipse.osgi.util.NLS;

/** What the Mastodon connector tells the user (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.mastodon.messages"; //$NON-NLS-1$

    public static String Mastodon_noToken;
    public static String Mastodon_noServer;
    public static String Mastodon_mediaStillProcessing;
    public static String Mastodon_mediaUnreadable;
    public static String Mastodon_unexpectedAnswer;
    public static String Mastodon_missingField;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
