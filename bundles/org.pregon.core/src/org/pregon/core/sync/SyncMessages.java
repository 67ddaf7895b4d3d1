package org.pregon.core.sync;

import org.eclipse.osgi.util.NLS;

/** Messages of the sync jobs (English, Spanish, Valencian). */
final class SyncMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.sync.messages"; //$NON-NLS-1$

    public static String Sync_task;
    public static String Sync_page;
    public static String Sync_posts;
    public static String Sync_comments;
    public static String Sync_messages;
    public static String Sync_noNetwork;
    public static String Sync_noCredentials;
    public static String Sync_rateLimited;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SyncMessages.class);
    }

    private SyncMessages() {
    }
}
