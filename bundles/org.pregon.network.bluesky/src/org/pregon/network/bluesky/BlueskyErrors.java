package org.pregon.network.bluesky;

import java.util.Set;

import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a PDS's error replies, {@code {"error": "Name", "message": "..."}}, for the shared HTTP layer.
 * What the HTTP status alone does not say: an access or refresh token no longer valid comes as
 * 400 {@code ExpiredToken} / {@code InvalidToken}, which must renew the session rather than reject the
 * post. The rest keeps the PDS's own words and error name, e.g. 400 {@code InvalidRequest}
 * "Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301) at $.record.text";
 * 401 (createSession's "Invalid identifier or password", AuthenticationRequired) and
 * 429 {@code RateLimitExceeded} with {@code RateLimit-Reset} in epoch seconds are handled by status.
 */
final class BlueskyErrors implements ErrorBodyParser {
    private static final Set<String> TOKEN_ERRORS = Set.of("ExpiredToken", "InvalidToken"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String RATE_LIMITED = "RateLimitExceeded"; //$NON-NLS-1$

    @Override
    public ApiError parse(ApiResponse response, JsonNode body) {
        String error = text(body.path("error")); //$NON-NLS-1$
        String message = text(body.path("message")); //$NON-NLS-1$
        if (error == null && message == null) {
            return null;
        }
        if (error != null && TOKEN_ERRORS.contains(error)) {
            return ApiError.credentialsExpired(message, error);
        }
        if (RATE_LIMITED.equals(error)) {
            return ApiError.rateLimited(message, error, null); // null: the wait is in the RateLimit-Reset header
        }
        return ApiError.rejected(message != null ? message : error, error);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
