package org.pregon.core.networks;

/** The network could not be reached or failed on its side (timeouts, resets, 5xx): worth retrying later. */
public final class NetworkUnavailableException extends NetworkException {
    private static final long serialVersionUID = 1L;

    public NetworkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
