package org.pregon.core.tests.http;

import java.time.Duration;
import java.util.Set;

import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An error-body parser as a connector writes one, here for the Graph API: the message and code under
 * "error", code 190 for an expired token, codes 4/17/32/613 for throttling (5 minutes: Meta's
 * X-Business-Use-Case-Usage header gives the real figure, which a real connector would read).
 */
final class FacebookErrors implements ErrorBodyParser {
    private static final Set<String> THROTTLING = Set.of("4", "17", "32", "613");

    @Override
    public ApiError parse(ApiResponse response, JsonNode body) {
        JsonNode error = body.path("error");
        if (!error.isObject()) {
            return null;
        }
        String message = error.path("message").asText(null);
        String code = error.path("code").asText(null);
        if ("190".equals(code)) {
            return ApiError.credentialsExpired(message, code);
        }
        if (THROTTLING.contains(code)) {
            return ApiError.rateLimited(message, code, Duration.ofMinutes(5));
        }
        return ApiError.rejected(message, code);
    }
}
