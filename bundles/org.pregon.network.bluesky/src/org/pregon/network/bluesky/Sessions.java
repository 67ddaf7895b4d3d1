package org.pregon.network.bluesky;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.http.Json;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sessions opened with app passwords, kept in memory and reused: Bluesky allows only 30
 * createSession calls per 5 minutes (300 a day) per account, so Pregón logs in once and then
 * refreshes the session when the access token expires. Sessions are keyed by server, identifier and
 * a digest of the app password, so entering a new password opens a new session; the password itself
 * is never kept here.
 */
final class Sessions {
    /** An open session: the account's DID and handle, and its two tokens. */
    record Session(String did, String handle, String accessJwt, String refreshJwt) {
        @Override
        public String toString() {
            return "Session[" + did + ' ' + handle + ']'; //$NON-NLS-1$
        }
    }

    /** Whom to log in as, and where. */
    record Login(Xrpc xrpc, String identifier, String password) {
        @Override
        public String toString() {
            return "Login[" + xrpc.server() + ' ' + identifier + ']'; //$NON-NLS-1$
        }
    }

    private final Map<String, Session> open;

    Sessions() {
        this(new ConcurrentHashMap<>());
    }

    /** @param open where sessions are kept, by key (tests look into it to spoil a token) */
    Sessions(Map<String, Session> open) {
        this.open = open;
    }

    /** The cached session for these credentials, or a new one. */
    Session current(Login login, IProgressMonitor monitor) throws NetworkException {
        Session session = open.get(key(login));
        return session != null ? session : create(login, monitor);
    }

    /** Logs in anew, whatever is cached: what verify uses to check the credentials themselves. */
    Session create(Login login, IProgressMonitor monitor) throws NetworkException {
        ObjectNode body = Json.object();
        body.put("identifier", login.identifier()); //$NON-NLS-1$
        body.put("password", login.password()); //$NON-NLS-1$
        Session session = session(login.xrpc().send(Xrpc.procedure("com.atproto.server.createSession", body), monitor)); //$NON-NLS-1$
        open.put(key(login), session);
        return session;
    }

    /**
     * A session whose access token was refused: refreshed with its refresh token, or, when that was
     * revoked or expired too (after about two months), logged in again with the app password.
     */
    Session renew(Login login, Session stale, IProgressMonitor monitor) throws NetworkException {
        String key = key(login);
        Session current = open.get(key);
        if (current != null && !current.equals(stale)) {
            return current; // another call renewed it meanwhile
        }
        try {
            Session session = session(login.xrpc().send(
                    Xrpc.procedure("com.atproto.server.refreshSession", null).bearer(stale.refreshJwt()), monitor)); //$NON-NLS-1$
            open.put(key, session);
            return session;
        } catch (CredentialsExpiredException refreshRefused) {
            open.remove(key, stale);
            return create(login, monitor);
        }
    }

    private static Session session(JsonNode answer) {
        return new Session(answer.path("did").asText(), answer.path("handle").asText(), //$NON-NLS-1$ //$NON-NLS-2$
                answer.path("accessJwt").asText(), answer.path("refreshJwt").asText()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String key(Login login) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(login.password().getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            return login.xrpc().server() + ' ' + login.identifier() + ' ' + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
        }
    }
}
