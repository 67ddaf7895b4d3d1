package org.pregon.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the headless sync command (English, Spanish, Valencian). */
public final class SyncAppMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.app.internal.sync"; //$NON-NLS-1$

    public static String Sync_usage;
    public static String Sync_noAccount;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SyncAppMessages.class);
    }

    private SyncAppMessages() {
    }
}
