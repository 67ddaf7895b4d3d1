package org.pregon.core.publish;

import org.pregon.core.networks.Credentials;

/** An account's credentials: secure storage in Pregón; kept apart so the publisher runs without OSGi too. */
@FunctionalInterface
public interface CredentialSource {
    /** The stored credentials, empty when there are none; throws when the storage cannot be read. */
    Credentials load(String accountId) throws Exception;
}
