package org.pregon.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pregon.model.User;

/**
 * The team's users. They live as rows of workspace_settings (name "user:" + user name, the User as
 * XMI) so that team mode needs no schema change; an empty directory means single-user mode.
 */
public final class UserDirectory {
    private static final String PREFIX = "user:"; //$NON-NLS-1$

    private final Database db;

    UserDirectory(Database db) {
        this.db = db;
    }

    public void save(User user) {
        db.write("save user", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("INSERT INTO workspace_settings (name, value) VALUES (?, ?)" //$NON-NLS-1$
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) { //$NON-NLS-1$
                st.setString(1, PREFIX + user.getName());
                st.setString(2, EmfCodec.toXmi(user));
                return st.executeUpdate();
            }
        });
    }

    public void remove(String name) {
        db.write("remove user", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("DELETE FROM workspace_settings WHERE name = ?")) { //$NON-NLS-1$
                st.setString(1, PREFIX + name);
                return st.executeUpdate();
            }
        });
    }

    public Optional<User> find(String name) {
        return list().stream().filter(u -> u.getName().equals(name)).findFirst();
    }

    /** Every user, by name. */
    public List<User> list() {
        return db.read("list users", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT name, value FROM workspace_settings WHERE name LIKE ? ORDER BY name")) { //$NON-NLS-1$
                st.setString(1, PREFIX + '%');
                try (ResultSet rs = st.executeQuery()) {
                    List<User> users = new ArrayList<>();
                    while (rs.next()) {
                        users.add(EmfCodec.decodeRow(rs.getString(1), "workspace_settings", rs.getString(2), User.class)); //$NON-NLS-1$
                    }
                    return users;
                }
            }
        });
    }

    /** No users defined: single-user mode, where the operating system user is the user. */
    public boolean isEmpty() {
        return list().isEmpty();
    }
}
