package org.pregon.core.http;

import org.eclipse.osgi.util.NLS;

/** Messages of network failures, shown to the user (English, Spanish, Valencian). */
final class HttpMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.http.messages"; //$NON-NLS-1$

    public static String Http_unreachable;
    public static String Http_serverFailed;
    public static String Http_rateLimited;
    public static String Http_rejected;
    public static String Http_credentialsExpired;
    public static String Http_unreadableReply;
    public static String Http_redirected;

    static {
        NLS.initializeMessages(BUNDLE_NAME, HttpMessages.class);
    }

    private HttpMessages() {
    }
}
