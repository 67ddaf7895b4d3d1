package org.pregon.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;

/**
 * A workspace in a PostgreSQL schema, shared by a team. Credentials come from the caller (secure
 * storage or the environment), never from a file. Upgrades need no file backup: PostgreSQL runs each
 * migration's DDL inside its transaction, so a failed upgrade leaves the schema as it was.
 */
public final class PostgresDialect implements Dialect {
    private final String url;
    private final Properties credentials;

    /** @param url e.g. jdbc:postgresql://127.0.0.1:5432/pregon?currentSchema=pregon */
    public PostgresDialect(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    @Override
    public Connection connect() throws SQLException {
        // the driver is called directly: DriverManager cannot see drivers in other OSGi bundles
        Connection connection = new Driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url); //$NON-NLS-1$
        }
        return connection;
    }

    @Override
    public Connection connectReadOnly() throws SQLException {
        Connection connection = connect();
        connection.setReadOnly(true);
        return connection;
    }

    @Override
    public boolean hasSchemaTable(Connection connection) throws SQLException {
        // to_regclass resolves through the connection's search_path, i.e. the workspace's schema
        try (PreparedStatement st = connection.prepareStatement("SELECT to_regclass('schema_version') IS NOT NULL"); //$NON-NLS-1$
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public boolean backsUpBeforeUpgrade() {
        return false;
    }

    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        throw new SQLException("PostgreSQL workspaces are backed up by the database administrator (pg_dump)"); //$NON-NLS-1$
    }

    @Override
    public String claimNextDueVariant() {
        // the row lock makes a concurrent claimer skip this row; on a row claimed meanwhile the conditions are re-checked
        return "UPDATE post_variants SET claimed_by = ?, claim_expires_at = ?, attempts = attempts + 1 WHERE id = (" //$NON-NLS-1$
                + "SELECT id FROM post_variants WHERE due_at IS NOT NULL AND due_at <= ? AND paused_reason IS NULL" //$NON-NLS-1$
                + " AND (not_before IS NULL OR not_before <= ?) AND (claim_expires_at IS NULL OR claim_expires_at <= ?)" //$NON-NLS-1$
                + " ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, post_id, account_id, attempts"; //$NON-NLS-1$
    }

    @Override
    public String name() {
        return "PostgreSQL"; //$NON-NLS-1$
    }
}
