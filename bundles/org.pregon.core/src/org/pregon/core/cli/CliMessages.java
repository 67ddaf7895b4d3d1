package org.pregon.core.cli;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line (English, Spanish, Valencian). */
final class CliMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.cli.messages"; //$NON-NLS-1$

    public static String Check_usage;
    public static String Check_unknownArgument;
    public static String Check_badNumber;
    public static String Check_unknownNetwork;
    public static String Check_noFile;
    public static String Check_unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CliMessages.class);
    }

    private CliMessages() {
    }
}
