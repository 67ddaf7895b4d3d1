package org.pregon.core.schedule;

import org.eclipse.osgi.util.NLS;

/** Why a queue spec cannot be read, and what adding to the queue found (English, Spanish, Valencian). */
final class QueueMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.schedule.queue"; //$NON-NLS-1$

    public static String Spec_empty;
    public static String Spec_unknownWord;
    public static String Spec_badTime;
    public static String Spec_noDays;
    public static String Spec_noTimes;
    public static String Spec_badRange;

    static {
        NLS.initializeMessages(BUNDLE_NAME, QueueMessages.class);
    }

    private QueueMessages() {
    }
}
