package org.pregon.core.tests.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.RateLimitHeaders;

/** Every way the networks say "come back later". */
public class RateLimitHeadersTest {
    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    public void retryAfterInSecondsOrAsAnHttpDate() {
        assertEquals(Duration.ofSeconds(120), RateLimitHeaders.retryAfter("120", NOW));
        assertEquals(Duration.ofSeconds(60), RateLimitHeaders.retryAfter("Wed, 21 Oct 2015 07:29:00 GMT", NOW));
        assertEquals(Duration.ZERO, RateLimitHeaders.retryAfter("Wed, 21 Oct 2015 07:00:00 GMT", NOW), "a past date: now");
        assertNull(RateLimitHeaders.retryAfter("soon", NOW));
        assertNull(RateLimitHeaders.retryAfter(null, NOW));
    }

    @Test
    public void resetAsEpochSecondsDeltaSecondsOrIsoTime() {
        assertEquals(Duration.ofMinutes(15), RateLimitHeaders.reset(Long.toString(NOW.getEpochSecond() + 900), NOW), "X");
        assertEquals(Duration.ofSeconds(30), RateLimitHeaders.reset("30", NOW), "IETF RateLimit-Reset");
        assertEquals(Duration.ofMinutes(2), RateLimitHeaders.reset("2015-10-21T07:30:00.000Z", NOW), "Mastodon");
        assertNull(RateLimitHeaders.reset("tomorrow", NOW));
    }

    @Test
    public void retryAfterWinsOverResetHeaders() {
        assertEquals(Duration.ofSeconds(5), RateLimitHeaders.requestedWait(reply(Map.of("retry-after", "5",
                "x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 900))), NOW));
        assertEquals(Duration.ofSeconds(900), RateLimitHeaders.requestedWait(reply(Map.of(
                "x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 900), "ratelimit-reset", "10")), NOW),
                "the latest reset");
        assertNull(RateLimitHeaders.requestedWait(reply(Map.of()), NOW));
    }

    private static ApiResponse reply(Map<String, String> headers) {
        Map<String, List<String>> lists = new java.util.HashMap<>();
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return new ApiResponse("Test", "r1", 429, lists, new byte[0]);
    }
}
