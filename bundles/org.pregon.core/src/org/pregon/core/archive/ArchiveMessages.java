package org.pregon.core.archive;

import org.eclipse.osgi.util.NLS;

/** Messages of the archive's index, export, records packages and import (English, Spanish, Valencian). */
public final class ArchiveMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.archive.messages"; //$NON-NLS-1$

    public static String Index_inUse;
    public static String Index_unusable;
    public static String Package_mediaMissing;
    public static String Package_badMediaPath;
    public static String Verify_notFound;
    public static String Verify_duplicate;
    public static String Verify_badManifest;
    public static String Verify_notZip;
    public static String Verify_unreadable;
    public static String Verify_noManifest;
    public static String Verify_badFormat;
    public static String Verify_missing;
    public static String Verify_checksum;
    public static String Verify_extra;
    public static String Verify_counts;
    public static String Import_refused;
    public static String Import_badRecord;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ArchiveMessages.class);
    }

    private ArchiveMessages() {
    }
}
