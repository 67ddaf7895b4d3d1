package org.pregon.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The versioned schema: migrations/V1.sql, V2.sql, ... next to this class, applied in order, each in
 * its own transaction together with its schema_version row, so a crash mid-upgrade leaves the
 * workspace at the previous version. The same files serve every {@link Dialect}.
 */
public final class Migrations {
    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = scripts;
    }

    /** All migrations shipped with this Pregón. */
    public static Migrations bundled() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1;; version++) {
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/V" + version + ".sql")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (in == null) {
                    return new Migrations(List.copyOf(scripts));
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Only the first {@code version} migrations: lets tests build a workspace as an older Pregón wrote it. */
    public Migrations upTo(int version) {
        return new Migrations(scripts.subList(0, version));
    }

    public int latestVersion() {
        return scripts.size();
    }

    static int currentVersion(Connection connection, Dialect dialect) throws SQLException {
        if (!dialect.hasSchemaTable(connection)) {
            return 0;
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT MAX(version) FROM schema_version"); //$NON-NLS-1$
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every migration above {@code from}; the caller has checked that {@code from <= latestVersion()}. */
    void apply(Connection connection, int from) throws SQLException {
        for (int version = from + 1; version <= scripts.size(); version++) {
            String script = scripts.get(version - 1);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : statements(script)) {
                    st.execute(sql);
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) { //$NON-NLS-1$
                    record.setInt(1, version);
                    record.setString(2, description(script));
                    record.setLong(3, System.currentTimeMillis());
                    record.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) { //$NON-NLS-1$
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) { //$NON-NLS-1$
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) { //$NON-NLS-1$
                String sql = current.toString().trim();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().trim());
        }
        return result;
    }

    private static String description(String script) {
        String first = script.lines().findFirst().orElse(""); //$NON-NLS-1$
        String text = first.startsWith("--") ? first.substring(2).trim() : first.trim(); //$NON-NLS-1$
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
