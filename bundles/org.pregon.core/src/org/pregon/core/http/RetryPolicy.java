package org.pregon.core.http;

import java.time.Duration;

/**
 * How hard a client tries before giving up. Only requests that are safe to repeat are retried (see
 * {@link ApiRequest#retryable()}); the others fail on the first error, because repeating a POST that
 * may have reached the network could publish twice.
 *
 * @param maxAttempts attempts in all, the first included (1 = never retry)
 * @param initialBackoff wait before the first retry when the network does not say how long
 * @param maxBackoff longest such wait; the waits double up to it
 * @param maxWait longest wait the client does in place when the network asks for one (Retry-After,
 *        rate-limit reset); asked to wait longer, it throws RateLimitedException and lets the caller
 *        reschedule instead of holding a Job for minutes
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxWait) {

    public RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0
                || maxWait.isNegative()) {
            throw new IllegalArgumentException("inconsistent retry policy"); //$NON-NLS-1$
        }
    }

    /** 4 attempts, waits of about 1, 2 and 4 s, and up to a minute when the network asks for it. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    /** One attempt, no waiting: for calls whose caller retries on its own schedule. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first): exponential, capped, with "equal
     * jitter" (half fixed, half random) so that many clients failing together do not retry together.
     *
     * @param random a number in [0, 1)
     */
    public Duration backoff(int retry, double random) {
        long base = initialBackoff.toMillis();
        long capped = maxBackoff.toMillis();
        for (int i = 1; i < retry && base < capped; i++) {
            base *= 2;
        }
        base = Math.min(base, capped);
        return Duration.ofMillis(base / 2 + (long) (random * (base - base / 2)));
    }
}
