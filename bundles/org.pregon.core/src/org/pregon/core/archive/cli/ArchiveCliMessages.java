package org.pregon.core.archive.cli;

import org.eclipse.osgi.util.NLS;

/** Messages of {@code pregon archive} (English, Spanish, Valencian). */
final class ArchiveCliMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.archive.cli.messages"; //$NON-NLS-1$

    public static String Archive_usage;
    public static String Archive_unknownCommand;
    public static String Archive_unknownOption;
    public static String Archive_missingValue;
    public static String Archive_dataOrDb;
    public static String Archive_onePositional;
    public static String Archive_badKind;
    public static String Archive_badSort;
    public static String Archive_badLimit;
    public static String Archive_badDate;
    public static String Archive_emptyRange;
    public static String Archive_badFormat;
    public static String Archive_packageToStdout;
    public static String Archive_failed;
    public static String Archive_found;
    public static String Archive_packaged;
    public static String Archive_exported;
    public static String Archive_verified;
    public static String Archive_notVerified;
    public static String Archive_imported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ArchiveCliMessages.class);
    }

    private ArchiveCliMessages() {
    }
}
