package org.pregon.core.networks;

import java.time.Duration;

/** The network asked us to slow down; retrying before {@link #retryAfter()} is pointless. */
public final class RateLimitedException extends NetworkException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
