package org.pregon.core.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Optional sign-in passwords of team members, kept only as salted PBKDF2-HMAC-SHA256 hashes in
 * workspace_settings (row "password:" + user name, value "pbkdf2-sha256:ITERATIONS:SALT:HASH" in
 * Base64), so a copy of the database gives no password away. The iteration count is stored with each
 * hash, so it can be raised later without invalidating older ones.
 */
public final class UserPasswords {
    private static final String PREFIX = "password:"; //$NON-NLS-1$
    private static final String SCHEME = "pbkdf2-sha256"; //$NON-NLS-1$
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public UserPasswords(Workspace workspace) {
        this.db = workspace.database();
    }

    /** Sets or replaces the user's password (the caller wipes its array afterwards). */
    public void set(String user, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        String stored = String.join(":", SCHEME, Integer.toString(ITERATIONS), //$NON-NLS-1$
                Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(hash(password, salt, ITERATIONS)));
        db.write("set password", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("INSERT INTO workspace_settings (name, value) VALUES (?, ?)" //$NON-NLS-1$
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) { //$NON-NLS-1$
                st.setString(1, PREFIX + user);
                st.setString(2, stored);
                return st.executeUpdate();
            }
        });
    }

    /** Removes the password: the user signs in by choosing their name. */
    public void clear(String user) {
        db.write("clear password", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("DELETE FROM workspace_settings WHERE name = ?")) { //$NON-NLS-1$
                st.setString(1, PREFIX + user);
                return st.executeUpdate();
            }
        });
    }

    public boolean has(String user) {
        return stored(user) != null;
    }

    /** Whether the password is the user's; true for a user without a password. */
    public boolean verify(String user, char[] password) {
        String stored = stored(user);
        if (stored == null) {
            return true;
        }
        String[] parts = stored.split(":"); //$NON-NLS-1$
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false; // unknown scheme: refuse rather than guess
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = hash(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual); // constant time
    }

    private String stored(String user) {
        return db.read("read password", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM workspace_settings WHERE name = ?")) { //$NON-NLS-1$
                st.setString(1, PREFIX + user);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static byte[] hash(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e); //$NON-NLS-1$
        } finally {
            spec.clearPassword();
        }
    }
}
