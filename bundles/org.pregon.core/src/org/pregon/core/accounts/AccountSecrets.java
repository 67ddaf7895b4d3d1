package org.pregon.core.accounts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.pregon.core.networks.Credentials;

/**
 * Account tokens and passwords in Eclipse secure storage (encrypted, outside the workspace), one node
 * per account. The workspace, the model and the logs only ever hold the account id.
 */
public final class AccountSecrets {
    private static final String ROOT = "org.pregon/accounts"; //$NON-NLS-1$

    private final ISecurePreferences storage;

    public AccountSecrets(ISecurePreferences storage) {
        this.storage = storage;
    }

    /** The user's default secure storage (its master password is asked for by Eclipse when needed). */
    public static AccountSecrets userDefault() {
        return new AccountSecrets(SecurePreferencesFactory.getDefault());
    }

    public void store(String accountId, Credentials credentials) throws StorageException {
        ISecurePreferences node = node(accountId);
        node.clear();
        for (Map.Entry<String, String> secret : credentials.secrets().entrySet()) {
            node.put(secret.getKey(), secret.getValue(), true);
        }
        flush();
    }

    /** The stored credentials, empty when none were stored for this account. */
    public Credentials load(String accountId) throws StorageException {
        if (!storage.nodeExists(path(accountId))) {
            return new Credentials(Map.of());
        }
        ISecurePreferences node = node(accountId);
        Map<String, String> secrets = new HashMap<>();
        for (String key : node.keys()) {
            secrets.put(key, node.get(key, null));
        }
        return new Credentials(secrets);
    }

    public void remove(String accountId) throws StorageException {
        if (storage.nodeExists(path(accountId))) {
            node(accountId).removeNode();
            flush();
        }
    }

    private ISecurePreferences node(String accountId) {
        return storage.node(path(accountId));
    }

    private static String path(String accountId) {
        // node names may not contain '/', account ids are ours and never do; encode to be safe
        return ROOT + '/' + EncodingUtils.encode(accountId);
    }

    private void flush() throws StorageException {
        try {
            storage.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    /** Secure storage node names are restricted; ids are URL-encoded into them. */
    private static final class EncodingUtils {
        static String encode(String id) {
            return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
