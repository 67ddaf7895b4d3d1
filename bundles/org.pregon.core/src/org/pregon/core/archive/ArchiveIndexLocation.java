package org.pregon.core.archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.pregon.core.store.Workspace;

/**
 * Where a workbench keeps the archive's index: inside an embedded workspace ({@code index/}, next to
 * pregon.db), or for a shared PostgreSQL workspace in a local folder of its own per database
 * ({@code ~/.pregon/index-<hash of the URL>}), as every workbench keeps its own index in step.
 */
public final class ArchiveIndexLocation {
    public static final String FOLDER = "index"; //$NON-NLS-1$

    private ArchiveIndexLocation() {
    }

    public static Path of(Workspace workspace, String sharedDatabaseUrl) {
        return workspace.folder() != null ? workspace.folder().resolve(FOLDER) : forSharedDatabase(sharedDatabaseUrl);
    }

    public static Path forSharedDatabase(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(url).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return Path.of(System.getProperty("user.home"), ".pregon", "index-" + HexFormat.of().formatHex(hash, 0, 8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e); //$NON-NLS-1$
        }
    }
}
