package org.pregon.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;
import org.pregon.ui.internal.TeamMessages;

/**
 * A team workspace on PostgreSQL for the workbench ({@code ./pregon --db postgresql://HOST:PORT/DB?currentSchema=S}).
 * Database credentials come from PREGON_DB_USER/PREGON_DB_PASSWORD, or from Eclipse secure storage
 * (asked once, then kept there, encrypted), never from files.
 */
public final class TeamDatabase {
    /** Application argument the start script passes with the URL given to --db. */
    public static final String ARGUMENT = "-pregonDb"; //$NON-NLS-1$
    private static final String NODE = "/org.pregon/teamDatabases/"; //$NON-NLS-1$

    private TeamDatabase() {
    }

    /** The JDBC URL of what users type (postgresql://…, with or without "jdbc:"). */
    public static String jdbcUrl(String url) {
        return url.startsWith("jdbc:") ? url : "jdbc:" + url; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Opens the shared workspace; an unreachable server gets a message saying so and what to check. */
    public static Workspace open(String url, Properties credentials) throws WorkspaceException {
        try {
            return Workspace.openShared(new PostgresDialect(jdbcUrl(url), credentials), Migrations.bundled());
        } catch (WorkspaceException e) {
            if (e.reason() == WorkspaceException.Reason.UNREADABLE && e.getCause() instanceof SQLException sql
                    && !isAuthenticationFailure(e)) {
                throw new WorkspaceException(e.reason(), NLS.bind(TeamMessages.Db_unreachable, safe(url), sql.getMessage()), e);
            }
            throw e;
        }
    }

    /** The server refused the user or password (SQLSTATE class 28), so asking again can help. */
    public static boolean isAuthenticationFailure(WorkspaceException e) {
        return e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28"); //$NON-NLS-1$
    }

    /** Credentials from the environment, or null when it sets none. */
    public static Properties fromEnvironment() {
        String user = System.getenv("PREGON_DB_USER"); //$NON-NLS-1$
        if (user == null) {
            return null;
        }
        return credentials(user, System.getenv("PREGON_DB_PASSWORD")); //$NON-NLS-1$
    }

    public static Properties credentials(String user, String password) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user); //$NON-NLS-1$
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password); //$NON-NLS-1$
        }
        return credentials;
    }

    /** Credentials kept for this database in secure storage, or null. */
    public static Properties stored(String url) {
        try {
            ISecurePreferences node = node(url);
            String user = node.get("user", null); //$NON-NLS-1$
            return user == null ? null : credentials(user, node.get("password", null)); //$NON-NLS-1$
        } catch (StorageException e) {
            return null; // unreadable (e.g. master password refused): ask instead
        }
    }

    /** Keeps working credentials for next time, encrypted; the workspace and files never see them. */
    public static void store(String url, Properties credentials) throws StorageException {
        ISecurePreferences node = node(url);
        node.put("user", credentials.getProperty("user"), true); //$NON-NLS-1$ //$NON-NLS-2$
        node.put("password", credentials.getProperty("password", ""), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            node.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    private static ISecurePreferences node(String url) {
        return SecurePreferencesFactory.getDefault().node(NODE + hash(url));
    }

    /** The URL without any user or password written into it, for messages. */
    static String safe(String url) {
        return url.replaceAll("(?i)(password|user)=[^&]*", "$1=…"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A short stable name for a database URL (secure storage node; the start script names local state alike). */
    public static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
