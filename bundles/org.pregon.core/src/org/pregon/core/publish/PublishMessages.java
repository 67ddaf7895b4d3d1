package org.pregon.core.publish;

import org.eclipse.osgi.util.NLS;

/** Messages of publishing (English, Spanish, Valencian). */
final class PublishMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.publish.messages"; //$NON-NLS-1$

    public static String Publish_task;
    public static String Publish_variant;
    public static String Publish_expired;
    public static String Publish_noAccount;
    public static String Publish_noNetwork;
    public static String Publish_noCredentials;
    public static String Publish_nothingToPublish;
    public static String Publish_rateLimited;
    public static String Publisher_needsCheck;
    public static String Publisher_threadCut;
    public static String Publisher_gaveUp;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PublishMessages.class);
    }

    private PublishMessages() {
    }
}
