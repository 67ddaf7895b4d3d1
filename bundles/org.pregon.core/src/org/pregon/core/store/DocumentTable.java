package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

/**
 * One aggregate per row: an id, the columns that queries filter or sort on, and the object as XMI.
 * Serves every aggregate that needs no more than save, find and list in one order.
 */
public final class DocumentTable<T extends EObject> {
    private final Database db;
    private final String table;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Map<String, Function<T, Object>> columns;
    private final String orderBy;

    DocumentTable(Database db, String table, Class<T> type, Function<T, String> id,
            Map<String, Function<T, Object>> columns, String orderBy) {
        this.db = db;
        this.table = table;
        this.type = type;
        this.id = id;
        this.columns = new LinkedHashMap<>(columns);
        this.orderBy = orderBy;
    }

    public void save(T object) {
        db.write("save " + table, c -> { //$NON-NLS-1$
            save(c, object);
            return null;
        });
    }

    /** Inserts or replaces the row inside the caller's transaction. */
    void save(Connection c, T object) throws SQLException {
        List<String> names = new ArrayList<>(columns.keySet());
        String insertColumns = "id, " + String.join(", ", names) + ", body"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String marks = names.stream().map(n -> "?").collect(Collectors.joining(", ", "?, ", ", ?")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String updates = names.stream().map(n -> n + " = excluded." + n).collect(Collectors.joining(", ", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                names.isEmpty() ? "body = excluded.body" : ", body = excluded.body")); //$NON-NLS-1$ //$NON-NLS-2$
        String sql = "INSERT INTO " + table + " (" + insertColumns + ") VALUES (" + marks //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ") ON CONFLICT (id) DO UPDATE SET " + updates; //$NON-NLS-1$
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, id.apply(object));
            for (Function<T, Object> column : columns.values()) {
                Database.bind(st, i++, column.apply(object));
            }
            st.setString(i, EmfCodec.toXmi(object));
            st.executeUpdate();
        }
    }

    /** Removes the row; removing a missing id does nothing. */
    public void delete(String key) {
        db.write("delete from " + table, c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                st.setString(1, key);
                return st.executeUpdate();
            }
        });
    }

    public Optional<T> find(String key) {
        return db.read("find in " + table, c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id, body FROM " + table + " WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(decode(rs)) : Optional.empty();
                }
            }
        });
    }

    /** All rows in this table's natural order; for the small tables (accounts, campaigns, ...). */
    public List<T> list() {
        return db.read("list " + table, c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id, body FROM " + table + " ORDER BY " + orderBy); //$NON-NLS-1$ //$NON-NLS-2$
                    ResultSet rs = st.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(decode(rs));
                }
                return result;
            }
        });
    }

    /**
     * Hands every row to {@code each}, decoded one at a time, in id order, reading {@code batch} rows per
     * statement (keyset paging), so a large table is never all in memory and other readers and writers of
     * the workspace get their turn between batches. A row saved during the scan may or may not be seen.
     */
    public void scan(int batch, java.util.function.Consumer<T> each) {
        String after = null;
        while (true) {
            String from = after;
            List<T> rows = db.read("scan " + table, c -> { //$NON-NLS-1$
                try (PreparedStatement st = c.prepareStatement("SELECT id, body FROM " + table //$NON-NLS-1$
                        + (from == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT " + batch)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    if (from != null) {
                        st.setString(1, from);
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        List<T> result = new ArrayList<>(batch);
                        while (rs.next()) {
                            result.add(decode(rs));
                        }
                        return result;
                    }
                }
            });
            for (T row : rows) {
                each.accept(row);
            }
            if (rows.size() < batch) {
                return;
            }
            after = id.apply(rows.get(rows.size() - 1));
        }
    }

    public long count() {
        return db.count(table);
    }

    private T decode(ResultSet rs) throws SQLException {
        return EmfCodec.decodeRow(rs.getString(1), table, rs.getString(2), type);
    }
}
