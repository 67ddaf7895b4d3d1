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
        return db.read("read audit log", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id, at, who, action, target_type, target_id, details" //$NON-NLS-1$
                    + " FROM audit_log ORDER BY at DESC, id DESC LIMIT ?")) { //$NON-NLS-1$
                st.setInt(1, limit);
                try (ResultSet rs = st.executeQuery()) {
                    List<AuditEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        AuditEntry e = PregonFactory.eINSTANCE.createAuditEntry();
                        e.setId(rs.getString(1));
                        e.setAt(new Date(rs.getLong(2)));
                        e.setWho(rs.getString(3));
                        e.setAction(rs.getString(4));
                        e.setTargetType(rs.getString(5));
                        e.setTargetId(rs.getString(6));
                        e.setDetails(rs.getString(7));
                        entries.add(e);
                    }
                    return entries;
                }
            }
        });
    }
}
