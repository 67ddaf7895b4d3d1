package org.pregon.core.http;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How long a network asks us to wait, read from its reply headers: {@code Retry-After} (seconds or an
 * HTTP-date, RFC 9110) first, otherwise the latest of the rate-limit reset headers —
 * {@code x-rate-limit-reset} (X: epoch seconds), {@code x-ratelimit-reset} (Mastodon: an ISO 8601
 * time) and {@code ratelimit-reset} (IETF draft: seconds from now).
 */
public final class RateLimitHeaders {
    private static final List<String> RESETS = List.of("x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** Numbers above this are epoch seconds (after 2001), below it seconds from now. */
    private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;

    private RateLimitHeaders() {
    }

    /** The wait the reply asks for, never negative, or null when it does not say. */
    public static Duration requestedWait(ApiResponse response, Instant now) {
        Duration retryAfter = retryAfter(response.header("Retry-After"), now); //$NON-NLS-1$
        if (retryAfter != null) {
            return retryAfter;
        }
        Duration longest = null;
        for (String name : RESETS) {
            Duration wait = reset(response.header(name), now);
            if (wait != null && (longest == null || wait.compareTo(longest) > 0)) {
                longest = wait;
            }
        }
        return longest;
    }

    /** A Retry-After value: delay-seconds or an HTTP-date; null when absent or unreadable. */
    public static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return nonNegative(Duration.ofSeconds(Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                return until(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), now);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** A reset value: epoch seconds, seconds from now, or an ISO 8601 time; null when absent or unreadable. */
    public static Duration reset(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            long number = Long.parseLong(trimmed);
            return number >= EPOCH_SECONDS_FROM ? until(Instant.ofEpochSecond(number), now)
                    : nonNegative(Duration.ofSeconds(number));
        } catch (NumberFormatException notANumber) {
            try {
                return until(OffsetDateTime.parse(trimmed).toInstant(), now);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static Duration until(Instant then, Instant now) {
        return nonNegative(Duration.between(now, then));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
