package org.pregon.core.http;

import java.time.Duration;

/**
 * A network's error reply, in its own words: the message shown to the user and the network's error
 * code, plus how to treat it when the HTTP status alone does not say (Facebook reports an expired
 * token as code 190 and throttling as codes 4/17/32/613, often with status 400 or 403).
 *
 * @param message the network's explanation, or null
 * @param code the network's error code, or null
 * @param retryAfter for RATE_LIMITED: how long the network asks to wait, when its body or own headers
 *        say so; null to read the standard headers
 */
public record ApiError(String message, String code, Kind kind, Duration retryAfter) {

    public enum Kind {
        /** Refused for good: shown to the user, never retried. */
        REJECTED,
        /** The token or password is expired or revoked: the account needs new credentials. */
        CREDENTIALS_EXPIRED,
        /** Too many requests: wait, then try again. */
        RATE_LIMITED
    }

    public static ApiError rejected(String message, String code) {
        return new ApiError(message, code, Kind.REJECTED, null);
    }

    public static ApiError credentialsExpired(String message, String code) {
        return new ApiError(message, code, Kind.CREDENTIALS_EXPIRED, null);
    }

    public static ApiError rateLimited(String message, String code, Duration retryAfter) {
        return new ApiError(message, code, Kind.RATE_LIMITED, retryAfter);
    }
}
