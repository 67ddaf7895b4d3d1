package org.pregon.network.facebook.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the Facebook preview (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.facebook.ui.messages"; //$NON-NLS-1$

    public static String Preview_linkCard;
    public static String Preview_photosHideCard;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
