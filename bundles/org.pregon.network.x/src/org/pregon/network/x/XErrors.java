package org.pregon.network.x;

import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads X API v2 error replies, in the problem format ({"title", "detail", "type", "status"}; invalid
 * requests add "errors": [{"message"}]), so the user sees X's own words ("You are not allowed to create a
 * Tweet with duplicate content."). The code a refusal carries is the problem type, or its title when the
 * type is the generic about:blank. Rate limits need nothing here: the HTTP layer reads x-rate-limit-reset
 * (epoch seconds) on a 429.
 */
final class XErrors implements ErrorBodyParser {
    private static final String GENERIC_TYPE = "about:blank"; //$NON-NLS-1$

    @Override
    public ApiError parse(ApiResponse response, JsonNode body) {
        String message = text(body.at("/errors/0/message")); //$NON-NLS-1$
        if (message == null) {
            message = text(body.path("detail")); //$NON-NLS-1$
        }
        if (message == null) {
            message = text(body.path("title")); //$NON-NLS-1$
        }
        String type = text(body.path("type")); //$NON-NLS-1$
        String code = type != null && !GENERIC_TYPE.equals(type) ? type : text(body.path("title")); //$NON-NLS-1$
        if (message == null && code == null) {
            return null;
        }
        // 401: the OAuth 2.0 token expired (they last two hours) or was revoked
        return response.status() == 401 ? ApiError.credentialsExpired(message, code) : ApiError.rejected(message, code);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText() : null;
    }
}
