package org.pregon.core.networks;

/** The network refused the request for good (too long, duplicate, not allowed): retrying will not help. */
public final class RejectedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    private final String networkCode;
    private final int status;
    private final String body;

    /** @param message the network's own reason, shown to the user; @param networkCode its error code, or null */
    public RejectedException(String message, String networkCode, Throwable cause) {
        this(message, networkCode, 0, null, cause);
    }

    /**
     * @param status the HTTP status of the refusal, or 0 when not from an HTTP reply
     * @param body the network's reply as received, for connectors that need more than the message; or null
     */
    public RejectedException(String message, String networkCode, int status, String body, Throwable cause) {
        super(message, cause);
        this.networkCode = networkCode;
        this.status = status;
        this.body = body;
    }

    public String networkCode() {
        return networkCode;
    }

    /** The HTTP status, or 0. */
    public int status() {
        return status;
    }

    /** The network's reply body, or null. May quote what was sent: do not log it. */
    public String body() {
        return body;
    }
}
