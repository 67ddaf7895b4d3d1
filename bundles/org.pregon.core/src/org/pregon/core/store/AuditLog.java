package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.pregon.model.AuditEntry;
import org.pregon.model.PregonFactory;

/** Append-only record of who did what: there is deliberately no update or delete. */
public final class AuditLog {
    private final Database db;

    AuditLog(Database db) {
        this.db = db;
    }

    public void append(AuditEntry entry) {
        db.write("append audit entry", c -> { //$NON-NLS-1$
            append(c, entry);
            return null;
        });
    }

    void append(Connection c, AuditEntry entry) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit_log (id, at, who, action, target_type, target_id, details)" //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            st.setString(1, entry.getId());
            Database.bind(st, 2, entry.getAt() != null ? entry.getAt() : new Date());
            st.setString(3, entry.getWho());
            st.setString(4, entry.getAction());
            st.setString(5, entry.getTargetType());
            st.setString(6, entry.getTargetId());
            st.setString(7, entry.getDetails());
            st.executeUpdate();
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> newest(int limit) {
        return newest(0, limit, null);
    }

    /**
     * One page of the entries whose action or user contains {@code filter} (ignoring case; null or
     * blank matches all), newest first.
     */
    public List<AuditEntry> newest(long offset, int limit, String filter) {
        return db.read("read audit log", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id, at, who, action, target_type, target_id, details" //$NON-NLS-1$
                    + " FROM audit_log" + where(filter) + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                int i = bindFilter(st, filter);
                st.setInt(i++, limit);
                st.setLong(i, offset);
                try (ResultSet rs = st.executeQuery()) {
                    List<AuditEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                    return entries;
                }
            }
        });
    }

    /** How many entries match {@code filter} (see {@link #newest(long, int, String)}). */
    public long count(String filter) {
        return db.read("count audit log", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM audit_log" + where(filter))) { //$NON-NLS-1$
                bindFilter(st, filter);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String where(String filter) {
        return isBlank(filter) ? "" : " WHERE LOWER(action) LIKE ? OR LOWER(who) LIKE ?"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Binds the filter's parameters, if any; returns the next parameter index. */
    private static int bindFilter(PreparedStatement st, String filter) throws SQLException {
        if (isBlank(filter)) {
            return 1;
        }
        String pattern = '%' + filter.strip().toLowerCase(java.util.Locale.ROOT) + '%';
        st.setString(1, pattern);
        st.setString(2, pattern);
        return 3;
    }

    private static boolean isBlank(String filter) {
        return filter == null || filter.isBlank();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        AuditEntry e = PregonFactory.eINSTANCE.createAuditEntry();
        e.setId(rs.getString(1));
        e.setAt(new Date(rs.getLong(2)));
        e.setWho(rs.getString(3));
        e.setAction(rs.getString(4));
        e.setTargetType(rs.getString(5));
        e.setTargetId(rs.getString(6));
        e.setDetails(rs.getString(7));
        return e;
    }
}
