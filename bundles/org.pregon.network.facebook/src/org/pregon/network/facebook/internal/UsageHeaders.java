package org.pregon.network.facebook.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long Meta says a throttled app must wait, from its usage headers. X-Business-Use-Case-Usage maps
 * each business object to a list of usages ({@code {"<page-id>":[{"type":"pages","call_count":100,...,
 * "estimated_time_to_regain_access":19}]}}); X-App-Usage and X-Page-Usage are single usage objects and
 * may carry the same field. The value is in minutes; when several limits are hit, the longest wait counts.
 */
public final class UsageHeaders {
    static final String BUSINESS_USE_CASE = "X-Business-Use-Case-Usage"; //$NON-NLS-1$
    static final String APP = "X-App-Usage"; //$NON-NLS-1$
    static final String PAGE = "X-Page-Usage"; //$NON-NLS-1$
    private static final String ESTIMATE = "estimated_time_to_regain_access"; //$NON-NLS-1$

    private final ObjectMapper json;

    public UsageHeaders(ObjectMapper json) {
        this.json = json;
    }

    /** @param header the value of a response header by name (case-insensitive), or null when absent */
    public Optional<Duration> timeToRegainAccess(Function<String, String> header) {
        long minutes = -1;
        for (String name : new String[] { BUSINESS_USE_CASE, APP, PAGE }) {
            JsonNode usage = parse(header.apply(name));
            if (usage != null) {
                minutes = Math.max(minutes, longestEstimate(usage));
            }
        }
        // 0 everywhere says nothing about when a throttled app may call again
        return minutes <= 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
    }

    /** The largest estimate anywhere in the header's JSON, or -1 when it has none. */
    private static long longestEstimate(JsonNode node) {
        long found = -1;
        if (node.isObject()) {
            JsonNode estimate = node.get(ESTIMATE);
            if (estimate != null && estimate.canConvertToLong()) {
                found = estimate.asLong();
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                found = Math.max(found, longestEstimate(child));
            }
        }
        return found;
    }

    private JsonNode parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            return null; // a malformed usage header only loses the hint, not the error it came with
        }
    }
}
