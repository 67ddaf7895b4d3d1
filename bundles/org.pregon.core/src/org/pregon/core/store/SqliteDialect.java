package org.pregon.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConfig.JournalMode;
import org.sqlite.SQLiteConfig.SynchronousMode;

/**
 * The embedded store: one SQLite file in the workspace folder. WAL journaling with synchronous=FULL
 * makes every committed transaction durable (a kill -9, or even a power cut, after commit() returns
 * loses nothing) and makes a transaction interrupted half-way invisible.
 */
public final class SqliteDialect implements Dialect {
    private final Path file;

    public SqliteDialect(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(JournalMode.WAL);
        config.setSynchronous(SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config.createConnection(url());
    }

    @Override
    public Connection connectReadOnly() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        // After a clean close there is no -wal file and the database file alone is the truth: open it
        // immutable, which creates no -wal/-shm files, so inspecting a workspace leaves its folder as it was.
        // After a crash the -wal file holds committed data, so it must be read the normal way.
        Path wal = file.resolveSibling(file.getFileName() + "-wal"); //$NON-NLS-1$
        if (!Files.exists(wal)) {
            return config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?immutable=1"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return config.createConnection(url());
    }

    private String url() {
        return "jdbc:sqlite:" + file.toAbsolutePath(); //$NON-NLS-1$
    }

    @Override
    public boolean hasSchemaTable(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"); //$NON-NLS-1$
                ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        // VACUUM INTO writes a consistent, compacted copy without blocking on our own open transaction state
        try (PreparedStatement st = connection.prepareStatement("VACUUM INTO ?")) { //$NON-NLS-1$
            st.setString(1, target.toAbsolutePath().toString());
            st.execute();
        }
    }

    @Override
    public String claimNextDueVariant() {
        // SQLite runs one writer at a time, so the sub-select and the update cannot interleave with another claim
        return "UPDATE post_variants SET claimed_by = ?, claim_expires_at = ?, attempts = attempts + 1 WHERE id = (" //$NON-NLS-1$
                + "SELECT id FROM post_variants WHERE due_at IS NOT NULL AND due_at <= ? AND paused_reason IS NULL" //$NON-NLS-1$
                + " AND (not_before IS NULL OR not_before <= ?) AND (claim_expires_at IS NULL OR claim_expires_at <= ?)" //$NON-NLS-1$
                + " ORDER BY due_at, id LIMIT 1) RETURNING id, post_id, account_id, attempts"; //$NON-NLS-1$
    }

    @Override
    public String name() {
        return "SQLite"; //$NON-NLS-1$
    }
}
