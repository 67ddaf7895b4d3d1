package org.pregon.core.networks;

import java.util.Map;

/**
 * Secrets for one account, read from Eclipse secure storage just before a call and never stored in
 * the model, the workspace or logs: toString shows only which secrets are present.
 */
public record Credentials(Map<String, String> secrets) {
    public Credentials {
        secrets = Map.copyOf(secrets);
    }

    public String get(String name) {
        return secrets.get(name);
    }

    @Override
    public String toString() {
        return "Credentials" + secrets.keySet(); //$NON-NLS-1$
    }
}
