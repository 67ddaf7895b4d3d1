package org.pregon.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the core services (English, Spanish, Valencian). */
public final class CoreMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.internal.messages"; //$NON-NLS-1$

    public static String Workspace_locked;
    public static String Workspace_lockedUnknownHolder;
    public static String Workspace_newerSchema;
    public static String Workspace_notWritable;
    public static String Workspace_unreadable;
    public static String Workspace_migrationFailed;
    public static String Workspace_corruptRecord;
    public static String Import_task;
    public static String Compose_overLimit;
    public static String Compose_overLimitByOne;
    public static String Compose_overByteLimit;
    public static String Compose_overByteLimitByOne;
    public static String Compose_tooManyHashtags;
    public static String Compose_tooManyHashtagsByOne;
    public static String Compose_linkNotClickable;
    public static String Compose_characterNotAllowed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CoreMessages.class);
    }

    private CoreMessages() {
    }
}
