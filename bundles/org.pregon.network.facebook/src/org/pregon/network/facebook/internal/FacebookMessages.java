package org.pregon.network.facebook.internal;

import org.eclipse.osgi.util.NLS;

/** What the Facebook connector tells the user (English, Spanish, Valencian). */
public final class FacebookMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.network.facebook.internal.messages"; //$NON-NLS-1$

    public static String Credentials_missingPageId;
    public static String Credentials_missingToken;
    public static String Media_unreadable;
    public static String Error_support;
    public static String Response_incomplete;
    public static String Delete_refused;
    public static String Schedule_refused;
    public static String Task_publish;
    public static String Task_uploadPhoto;
    public static String Task_post;

    static {
        NLS.initializeMessages(BUNDLE_NAME, FacebookMessages.class);
    }

    private FacebookMessages() {
    }
}
