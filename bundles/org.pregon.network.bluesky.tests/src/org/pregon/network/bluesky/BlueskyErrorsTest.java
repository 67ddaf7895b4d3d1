package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiError.Kind;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.Json;

/**
 * How the PDS's error bodies are classed. The whole way from the PDS to Pregón's exceptions (status,
 * headers, session renewal) is proven against a real PDS in BlueskyPdsTest; these are the shapes.
 */
public class BlueskyErrorsTest {
    private static ApiError parse(int status, String body) throws Exception {
        ApiResponse response = new ApiResponse("Bluesky", "r1", status, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
        return new BlueskyErrors().parse(response, Json.mapper().readTree(body));
    }

    @Test
    public void deadTokensRenewTheSessionInsteadOfRejectingThePost() throws Exception {
        ApiError expired = parse(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
        assertEquals(new ApiError("Token has expired", "ExpiredToken", Kind.CREDENTIALS_EXPIRED, null), expired);
        assertEquals(Kind.CREDENTIALS_EXPIRED,
                parse(400, "{\"error\":\"InvalidToken\",\"message\":\"Token could not be verified\"}").kind());
    }

    @Test
    public void invalidRecordsKeepThePdsWordsAndErrorName() throws Exception {
        ApiError error = parse(400, "{\"error\":\"InvalidRequest\",\"message\":\"Invalid app.bsky.feed.post record: "
                + "grapheme too big (maximum 300, got 301) at $.record.text\"}");
        assertEquals(Kind.REJECTED, error.kind());
        assertEquals("InvalidRequest", error.code());
        assertEquals("Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301) at $.record.text",
                error.message());
        assertEquals(new ApiError("RecordNotFound", "RecordNotFound", Kind.REJECTED, null),
                parse(400, "{\"error\":\"RecordNotFound\"}"), "no message: the error name is the best there is");
    }

    @Test
    public void rateLimitsLeaveTheWaitToTheResetHeader() throws Exception {
        assertEquals(new ApiError("Rate Limit Exceeded", "RateLimitExceeded", Kind.RATE_LIMITED, null),
                parse(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}"));
    }

    @Test
    public void otherBodiesAreLeftToTheGenericReading() throws Exception {
        assertNull(parse(502, "{\"detail\":\"Bad Gateway\"}"));
    }
}
