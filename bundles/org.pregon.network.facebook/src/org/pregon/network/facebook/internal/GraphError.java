package org.pregon.network.facebook.internal;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The error object of a Graph API answer:
 * {@code {"error":{"message","type","code","error_subcode","error_user_msg","fbtrace_id","is_transient"}}}.
 *
 * @param subcode error_subcode, or null
 * @param userMessage error_user_msg (meant to be shown, in the request's locale), or null
 * @param fbtraceId Meta's support reference for this failure, or null
 */
public record GraphError(int code, Integer subcode, String type, String message, String userMessage, String fbtraceId,
        boolean isTransient) {

    /** The error in a Graph API answer body, when it has one. */
    public static Optional<GraphError> in(JsonNode body) {
        JsonNode error = body == null ? null : body.get("error"); //$NON-NLS-1$
        if (error == null || !error.isObject()) {
            return Optional.empty();
        }
        JsonNode subcode = error.get("error_subcode"); //$NON-NLS-1$
        return Optional.of(new GraphError(error.path("code").asInt(0), //$NON-NLS-1$
                subcode == null || subcode.isNull() ? null : subcode.asInt(),
                text(error, "type"), text(error, "message"), text(error, "error_user_msg"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                text(error, "fbtrace_id"), error.path("is_transient").asBoolean(false))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Code 100 subcode 33: the object does not exist (deleted), or this token may not see it. */
    public boolean isMissingObject() {
        return code == 100 && subcode != null && subcode == 33;
    }

    /** What to show: Meta's message for users when it sent one, else its technical message. */
    public String displayMessage() {
        return userMessage != null && !userMessage.isBlank() ? userMessage : message;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
