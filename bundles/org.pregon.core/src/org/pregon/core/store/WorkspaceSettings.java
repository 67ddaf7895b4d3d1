package org.pregon.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Named text settings shared by everyone using the workspace (rows of workspace_settings). */
public final class WorkspaceSettings {
    /** The users' time zone, e.g. Europe/Madrid (set by migration V2). */
    public static final String TIME_ZONE = "timeZone"; //$NON-NLS-1$

    private final Database db;

    WorkspaceSettings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read("read setting", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM workspace_settings WHERE name = ?")) { //$NON-NLS-1$
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets the value; null removes the setting. */
    public void put(String name, String value) {
        db.write("save setting", c -> { //$NON-NLS-1$
            if (value == null) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM workspace_settings WHERE name = ?")) { //$NON-NLS-1$
                    st.setString(1, name);
                    return st.executeUpdate();
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO workspace_settings (name, value) VALUES (?, ?)" //$NON-NLS-1$
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) { //$NON-NLS-1$
                st.setString(1, name);
                st.setString(2, value);
                return st.executeUpdate();
            }
        });
    }
}
