package org.pregon.core.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkUnavailableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A network's reply, read whole: status, headers (looked up in any case) and body. */
public final class ApiResponse {
    private final String network;
    private final String requestId;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /** Made by {@link ApiClient}; public so that tests can feed error parsers and header readers. */
    public ApiResponse(String network, String requestId, int status, Map<String, List<String>> headers, byte[] body) {
        this.network = network;
        this.requestId = requestId;
        this.status = status;
        Map<String, List<String>> lowerCase = new HashMap<>();
        headers.forEach((name, values) -> lowerCase.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        this.headers = Map.copyOf(lowerCase);
        this.body = body;
    }

    /** The id of the call this reply answers, as written in the request log. */
    public String requestId() {
        return requestId;
    }

    public int status() {
        return status;
    }

    /** The first value of a header, whatever the case of its name, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public byte[] bytes() {
        return body.clone();
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON tree (a missing node when empty). */
    public JsonNode json() throws NetworkUnavailableException {
        try {
            return body.length == 0 ? MissingNode.getInstance() : Json.mapper().readTree(body);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The body mapped onto a record or class; unknown fields are ignored. */
    public <T> T as(Class<T> type) throws NetworkUnavailableException {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The body as JSON, or a missing node when it is not JSON: for error replies, which may be HTML. */
    JsonNode jsonOrMissing() {
        try {
            return json();
        } catch (NetworkUnavailableException e) {
            return MissingNode.getInstance();
        }
    }

    // a reply we cannot read is the network misbehaving (a proxy's HTML page, a truncated body): later may work
    private NetworkUnavailableException unreadable(IOException e) {
        // Jackson's own message, without the excerpt of the body it may append
        String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return new NetworkUnavailableException(NLS.bind(HttpMessages.Http_unreadableReply,
                new Object[] { network, status, Redaction.text(detail) }), e);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (request " + requestId + ')'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
