package org.pregon.core.networks;

/** The network refused the request for good (too long, duplicate, not allowed): retrying will not help. */
public final class RejectedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    private final String networkCode;

    /** @param message the network's own reason, shown to the user; @param networkCode its error code, or null */
    public RejectedException(String message, String networkCode, Throwable cause) {
        super(message, cause);
        this.networkCode = networkCode;
    }

    public String networkCode() {
        return networkCode;
    }
}
