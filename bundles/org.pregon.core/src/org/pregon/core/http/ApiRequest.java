package org.pregon.core.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * One call to a network's API. Immutable: each method returns a changed copy, so a request can be
 * built in one expression and repeated byte for byte on a retry.
 *
 * <pre>
 * ApiRequest.post("/api/v1/statuses")
 *         .bearer(credentials.get("token"))
 *         .idempotencyKey(request.idempotencyKey())
 *         .json(Map.of("status", text, "language", "ca"))
 * </pre>
 *
 * The target is a path appended to the client's base URL ("/{page-id}/feed" after
 * "https://graph.facebook.com/v23.0") or a whole URL (an upload host, another Mastodon server).
 */
public final class ApiRequest {
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key"; //$NON-NLS-1$

    private final String method;
    private final String target;
    private List<Map.Entry<String, String>> query = List.of();
    private List<Map.Entry<String, String>> headers = List.of();
    private byte[] body;
    private String contentType;
    private boolean markedIdempotent;
    private TokenRefresher refresher;

    private ApiRequest(String method, String target) {
        this.method = method;
        this.target = target;
    }

    public static ApiRequest get(String target) {
        return new ApiRequest("GET", target); //$NON-NLS-1$
    }

    public static ApiRequest post(String target) {
        return new ApiRequest("POST", target); //$NON-NLS-1$
    }

    public static ApiRequest put(String target) {
        return new ApiRequest("PUT", target); //$NON-NLS-1$
    }

    public static ApiRequest delete(String target) {
        return new ApiRequest("DELETE", target); //$NON-NLS-1$
    }

    public static ApiRequest of(String method, String target) {
        return new ApiRequest(method.toUpperCase(Locale.ROOT), target);
    }

    /** Adds a query parameter (repeat the name for lists, e.g. {@code media_ids[]}); secret ones are masked in logs. */
    public ApiRequest query(String name, Object value) {
        ApiRequest copy = copy();
        copy.query = append(query, name, String.valueOf(value));
        return copy;
    }

    public ApiRequest header(String name, String value) {
        ApiRequest copy = copy();
        copy.headers = append(headers, name, value);
        return copy;
    }

    /** {@code Authorization: Bearer token}; replaces an earlier one. Never logged. */
    public ApiRequest bearer(String token) {
        ApiRequest copy = copy();
        List<Map.Entry<String, String>> others = new ArrayList<>(headers);
        others.removeIf(h -> h.getKey().equalsIgnoreCase("Authorization")); //$NON-NLS-1$
        copy.headers = append(others, "Authorization", "Bearer " + token); //$NON-NLS-1$ //$NON-NLS-2$
        return copy;
    }

    /**
     * Sends {@code Idempotency-Key: key} (Mastodon keeps it an hour) and marks the request safe to
     * repeat: the network will not act twice on the same key. Use {@link #idempotent()} when the API
     * takes the key elsewhere (a record key in the body).
     */
    public ApiRequest idempotencyKey(String key) {
        return header(IDEMPOTENCY_KEY, key).idempotent();
    }

    /** Declares that repeating this request cannot act twice, so a POST or PATCH may be retried. */
    public ApiRequest idempotent() {
        ApiRequest copy = copy();
        copy.markedIdempotent = true;
        return copy;
    }

    /** The hook renewing an expired bearer token; the request is then repeated once with the new one. */
    public ApiRequest onExpiredToken(TokenRefresher refresher) {
        ApiRequest copy = copy();
        copy.refresher = refresher;
        return copy;
    }

    /** A JSON body: a JsonNode, a record, a Map… serialized now, with {@link Json#mapper()}. */
    public ApiRequest json(Object value) {
        try {
            return body(Json.mapper().writeValueAsBytes(value), "application/json"); //$NON-NLS-1$
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value.getClass().getName(), e); //$NON-NLS-1$
        }
    }

    /** An application/x-www-form-urlencoded body (the Graph API and OAuth token endpoints take it). */
    public ApiRequest form(Map<String, ?> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&").append(encode(name)) //$NON-NLS-1$ //$NON-NLS-2$
                .append('=').append(encode(String.valueOf(value))));
        return body(encoded.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"); //$NON-NLS-1$
    }

    /** Raw bytes, e.g. an image for Bluesky's uploadBlob. */
    public ApiRequest body(byte[] bytes, String contentType) {
        ApiRequest copy = copy();
        copy.body = bytes.clone();
        copy.contentType = contentType;
        return copy;
    }

    public String method() {
        return method;
    }

    /** Whether a retry cannot act twice: GET, HEAD, PUT, DELETE, OPTIONS, or marked idempotent. */
    public boolean retryable() {
        return markedIdempotent || IDEMPOTENT_METHODS.contains(method);
    }

    /** The full URL: the target after the base URL, then the query parameters. */
    public URI uri(URI base) {
        StringBuilder url = new StringBuilder();
        if (target.startsWith("http://") || target.startsWith("https://")) { //$NON-NLS-1$ //$NON-NLS-2$
            url.append(target);
        } else {
            String prefix = base.toString();
            url.append(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix) //$NON-NLS-1$
                    .append(target.startsWith("/") ? "" : "/").append(target); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        char separator = url.indexOf("?") < 0 ? '?' : '&'; //$NON-NLS-1$
        for (Map.Entry<String, String> parameter : query) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(url.toString());
    }

    List<Map.Entry<String, String>> headers() {
        return headers;
    }

    byte[] body() {
        return body;
    }

    String contentType() {
        return contentType;
    }

    TokenRefresher refresher() {
        return refresher;
    }

    private ApiRequest copy() {
        ApiRequest copy = new ApiRequest(method, target);
        copy.query = query;
        copy.headers = headers;
        copy.body = body;
        copy.contentType = contentType;
        copy.markedIdempotent = markedIdempotent;
        copy.refresher = refresher;
        return copy;
    }

    private static List<Map.Entry<String, String>> append(List<Map.Entry<String, String>> list, String name, String value) {
        List<Map.Entry<String, String>> longer = new ArrayList<>(list);
        longer.add(Map.entry(name, value));
        return List.copyOf(longer);
    }

    /** Percent-encoding for query strings: URLEncoder's "+" for space is form encoding, not RFC 3986. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String toString() {
        return method + ' ' + Redaction.uri(target); // headers and body may hold secrets: never shown
    }
}
