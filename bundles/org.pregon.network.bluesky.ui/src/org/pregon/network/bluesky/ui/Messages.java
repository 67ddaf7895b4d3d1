package org.pregon.network.bluesky.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the Bluesky preview (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.bluesky.ui.messages"; //$NON-NLS-1$

    public static String Preview_facets;
    public static String Preview_languages;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
