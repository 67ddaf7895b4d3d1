package org.pregon.network.x.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the X preview (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.x.ui.messages"; //$NON-NLS-1$

    public static String Preview_postNumber;
    public static String Preview_links;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
