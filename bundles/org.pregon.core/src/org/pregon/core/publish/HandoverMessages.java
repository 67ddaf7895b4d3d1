package org.pregon.core.publish;

import org.eclipse.osgi.util.NLS;

/** Messages of native scheduling (English, Spanish, Valencian). */
final class HandoverMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.publish.handover"; //$NON-NLS-1$

    public static String Handover_unsupported;
    public static String Handover_gone;
    public static String Handover_notWithdrawn;
    public static String Handover_unreachable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, HandoverMessages.class);
    }

    private HandoverMessages() {
    }
}
