package org.pregon.core.networks;

/** The token or password was refused as expired or revoked: the account needs new credentials. */
public final class CredentialsExpiredException extends NetworkException {
    private static final long serialVersionUID = 1L;

    public CredentialsExpiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
