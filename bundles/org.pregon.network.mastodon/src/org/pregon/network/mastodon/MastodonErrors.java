package org.pregon.network.mastodon;

import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Mastodon's error replies, {"error": "..."} (OAuth failures add "error_description"), so the
 * user sees the server's own words ("Validation failed: Text character limit of 500 exceeded").
 * Mastodon has no error codes: the HTTP status is the code a refusal carries. Rate limits need nothing
 * here: the HTTP layer reads Mastodon's X-RateLimit-Reset (an ISO 8601 time) on a 429.
 */
final class MastodonErrors implements ErrorBodyParser {

    @Override
    public ApiError parse(ApiResponse response, JsonNode body) {
        String message = text(body.path("error_description")); //$NON-NLS-1$
        if (message == null) {
            message = text(body.path("error")); //$NON-NLS-1$
        }
        String code = Integer.toString(response.status());
        // 401: the token is unknown, revoked or expired ("The access token is invalid")
        return response.status() == 401 ? ApiError.credentialsExpired(message, code) : ApiError.rejected(message, code);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
