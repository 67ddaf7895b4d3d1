package org.pregon.ui.sync;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench's sync (English, Spanish, Valencian). */
public final class SyncUiMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.ui.sync.messages"; //$NON-NLS-1$

    public static String Sync_action;
    public static String Sync_jobName;
    public static String Sync_schedulerName;
    public static String Sync_failed;
    public static String Sync_deferred;
    public static String Sync_unsupported;
    public static String Sync_done;
    public static String Sync_newTitle;
    public static String Sync_newItems;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SyncUiMessages.class);
    }

    private SyncUiMessages() {
    }
}
