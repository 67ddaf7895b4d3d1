package org.pregon.core.networks;

/**
 * A network call failed. The subclasses say why, so callers can react without parsing messages:
 * ask for new credentials, wait and retry, show the network's reason, or retry later.
 */
public abstract sealed class NetworkException extends Exception
        permits CredentialsExpiredException, RateLimitedException, RejectedException, NetworkUnavailableException {
    private static final long serialVersionUID = 1L;

    protected NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
