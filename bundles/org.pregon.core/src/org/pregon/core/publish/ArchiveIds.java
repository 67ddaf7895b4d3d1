package org.pregon.core.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of the archive item a publication becomes: "arch-{network}-{remote id}" when that fits the
 * store's 64-character ids, else "arch-{network}-" and a SHA-256 digest of the remote id (a Bluesky
 * post's id is an at:// URI of 70 characters and more; PostgreSQL refuses longer ids, SQLite would not
 * tell). The same publication always gets the same id, so recording it again updates the same item.
 */
public final class ArchiveIds {
    /** The width of the store's id columns (VARCHAR(64)). */
    static final int MAX_LENGTH = 64;

    private ArchiveIds() {
    }

    public static String of(String networkKind, String remoteId) {
        String prefix = "arch-" + networkKind + '-'; //$NON-NLS-1$
        String id = prefix + remoteId;
        if (id.length() <= MAX_LENGTH) {
            return id;
        }
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
                    .digest(remoteId.getBytes(StandardCharsets.UTF_8)));
            return prefix + digest.substring(0, Math.min(digest.length(), Math.max(32, MAX_LENGTH - prefix.length())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
        }
    }
}
