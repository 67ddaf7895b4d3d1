package org.pregon.network.bluesky;

import org.eclipse.osgi.util.NLS;

/** What the Bluesky connector tells users (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.bluesky.messages"; //$NON-NLS-1$

    public static String Connector_credentialsRefused;
    public static String Connector_missingCredential;
    public static String Connector_tooManyImages;
    public static String Connector_imageUnreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
