package org.pregon.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything that differs between the databases Pregón runs on. Repositories and migrations use
 * portable SQL (ON CONFLICT upserts, LIMIT/OFFSET, BIGINT epoch milliseconds), so this is all a
 * new database needs to provide.
 */
public interface Dialect {

    /** Opens a connection with the settings Pregón relies on (durability, foreign keys, timeouts). */
    Connection connect() throws SQLException;

    /** Opens a connection that cannot modify anything, used to inspect a workspace before touching it. */
    Connection connectReadOnly() throws SQLException;

    /** Whether the schema_version table exists yet. */
    boolean hasSchemaTable(Connection connection) throws SQLException;

    /** Whether an upgrade first writes a file copy of the data with {@link #backup}. */
    default boolean backsUpBeforeUpgrade() {
        return true;
    }

    /** Writes a consistent copy of the whole database to {@code target}, for backups before upgrades. */
    void backup(Connection connection, Path target) throws SQLException;

    /**
     * The statement that atomically claims the next due variant nobody holds, returning its id, post_id
     *, account_id and attempts. Parameters: 1 publisher id, 2 claim expiry, 3-5 now (due, not_before, expired claims).
     */
    String claimNextDueVariant();

    /** Short human name for messages, e.g. "SQLite". */
    String name();
}
