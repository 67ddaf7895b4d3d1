package org.pregon.core.http;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a network's error reply, so the message shown is the network's own ("(#100) Invalid
 * parameter", "Text character limit of 500 exceeded") with its error code. Each connector gives its
 * client one; a lambda is enough:
 *
 * <pre>
 * (response, body) -&gt; {
 *     JsonNode error = body.path("error");               // Facebook Graph API
 *     String code = error.path("code").asText(null);
 *     return "190".equals(code) ? ApiError.credentialsExpired(error.path("message").asText(null), code)
 *             : ApiError.rejected(error.path("message").asText(null), code);
 * }
 * </pre>
 */
@FunctionalInterface
public interface ErrorBodyParser {

    /**
     * @param response the error reply (status, headers, raw body)
     * @param body the body parsed as JSON, or a missing node when it is not JSON
     * @return what the network says, or null when the body is not one of its error shapes (the client
     *         then falls back to {@link #generic()})
     */
    ApiError parse(ApiResponse response, JsonNode body);

    /** The message and code at two JSON pointers, e.g. {@code jsonFields("/error/message", "/error/code")}. */
    static ErrorBodyParser jsonFields(String messagePointer, String codePointer) {
        return (response, body) -> {
            String message = text(body.at(messagePointer));
            String code = codePointer == null ? null : text(body.at(codePointer));
            return message == null && code == null ? null : ApiError.rejected(message, code);
        };
    }

    /**
     * The shapes the networks Pregón knows use: Facebook/Instagram/Threads {@code error.message} and
     * {@code error.code}; X {@code errors[0]}, or {@code detail} and {@code title} (v2 problems);
     * Bluesky {@code message} and {@code error}; Mastodon {@code error} as a string.
     */
    static ErrorBodyParser generic() {
        List<ErrorBodyParser> shapes = List.of(jsonFields("/error/message", "/error/code"),
                jsonFields("/errors/0/message", "/errors/0/code"), jsonFields("/message", "/error"),
                jsonFields("/detail", "/title"), jsonFields("/error", null));
        return (response, body) -> {
            for (ErrorBodyParser shape : shapes) {
                ApiError error = shape.parse(response, body);
                if (error != null && error.message() != null) {
                    return error;
                }
            }
            return null;
        };
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
