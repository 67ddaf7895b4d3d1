package org.pregon.network.x;

import org.eclipse.osgi.util.NLS;

/** What the X connector tells the user (English, Spanish, Valencian). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.x.messages"; //$NON-NLS-1$

    public static String X_noToken;
    public static String X_mediaUnreadable;
    public static String X_unexpectedAnswer;
    public static String X_notDeleted;
    public static String X_missingField;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
