package org.pregon.network.mastodon.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the Mastodon preview (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.mastodon.ui.messages"; //$NON-NLS-1$

    public static String Preview_language;
    public static String Preview_card;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
