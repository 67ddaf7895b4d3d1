package org.pregon.network.facebook.internal;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Graph API answer as received: status, JSON body (null when it was not JSON) and the wait Meta's
 * usage headers announce. Callers that expect a particular error (a deleted post) look at
 * {@link #error()} before turning the answer into a result or a typed failure with {@link #orThrow()}.
 */
public record GraphAnswer(int status, JsonNode body, Duration waitHint) {
    /**
     * Reported when Meta throttles without estimating when access comes back: its rate limits are
     * counted over rolling windows, so a few minutes lets part of the window pass before the
     * publisher's backoff tries again.
     */
    static final Duration THROTTLED_WITHOUT_ESTIMATE = Duration.ofMinutes(5);

    public Optional<GraphError> error() {
        return GraphError.in(body);
    }

    public boolean succeeded() {
        return status >= 200 && status < 300 && error().isEmpty();
    }

    /** The body of a successful answer, else the failure Pregón reacts to. */
    public JsonNode orThrow() throws NetworkException {
        if (succeeded()) {
            return body;
        }
        throw GraphErrorMapper.map(status, error().orElse(null), waitHint, THROTTLED_WITHOUT_ESTIMATE);
    }

    /** A text field of a successful answer that must be there (ids, times). */
    public String required(String field) throws NetworkException {
        JsonNode value = orThrow() == null ? null : body.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            // Meta accepted the call, so the answer is malformed rather than refused: worth retrying the read
            throw new NetworkUnavailableException(NLS.bind(FacebookMessages.Response_incomplete, field), null);
        }
        return value.asText();
    }
}
