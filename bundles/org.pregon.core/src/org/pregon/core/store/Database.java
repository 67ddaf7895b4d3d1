package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Date;

/**
 * The workspace's connection. Every write runs in one transaction: all of it is committed or none
 * of it. Access is serialized because the UI thread and background jobs share this connection.
 */
final class Database implements AutoCloseable {

    /** Work on the connection that may fail with SQL errors. */
    @FunctionalInterface
    interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;

    Database(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    synchronized <R> R read(String what, SqlWork<R> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    synchronized <R> R write(String what, SqlWork<R> work) {
        try {
            connection.setAutoCommit(false);
            try {
                R result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** Rows in a table: one index-only scan in both SQLite and PostgreSQL. */
    long count(String table) {
        return read("count " + table, c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM " + table); //$NON-NLS-1$
                    java.sql.ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Binds model values the way every table stores them: instants as epoch millis, enums by name. */
    static void bind(PreparedStatement st, int index, Object value) throws SQLException {
        if (value instanceof Date date) {
            st.setLong(index, date.getTime());
        } else if (value instanceof Enum<?> literal) {
            st.setString(index, literal.name());
        } else if (value == null) {
            st.setObject(index, null);
        } else {
            st.setObject(index, value);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
