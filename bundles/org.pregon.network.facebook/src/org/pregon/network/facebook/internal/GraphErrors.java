package org.pregon.network.facebook.internal;

import java.time.Duration;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiError;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;
import org.pregon.core.http.Json;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RejectedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Graph API error replies for the shared HTTP client, following Meta's error-handling guide:
 * the error code decides, whatever the HTTP status (Facebook sends most errors as 400 or 403).
 * Expired or invalid tokens ask for new credentials; throttling waits as long as the usage headers
 * say; everything else is refused with Meta's message, code and fbtrace_id. Transient errors sent
 * with a 4xx status are turned into "unavailable" by {@link #unlessTransient}.
 */
public final class GraphErrors implements ErrorBodyParser {
    /** 190 access token expired or invalid; 102 API session (login status or token no longer valid). */
    private static final Set<Integer> EXPIRED_CODES = Set.of(190, 102);
    /**
     * Authentication subcodes of OAuthException: app removed (458), user checkpointed (459), password
     * changed (460), token expired (463), unconfirmed user (464), invalid token (467), invalid session
     * (492). Each means this token will not work until the user acts.
     */
    private static final Set<Integer> EXPIRED_SUBCODES = Set.of(458, 459, 460, 463, 464, 467, 492);
    /**
     * Throttling: 4 app, 17 user, 32 Page, 613 custom rate limit, 341 application limit reached,
     * 80001 Pages business-use-case limit.
     */
    private static final Set<Integer> THROTTLING_CODES = Set.of(4, 17, 32, 341, 613, 80001);
    /** 1 API unknown and 2 API service: Meta's own "temporary issue due to downtime, retry". */
    private static final Set<Integer> DOWNTIME_CODES = Set.of(1, 2);
    private static final String OAUTH_EXCEPTION = "OAuthException"; //$NON-NLS-1$

    private final UsageHeaders usage = new UsageHeaders(Json.mapper());

    @Override
    public ApiError parse(ApiResponse response, JsonNode body) {
        GraphError error = GraphError.in(body).orElse(null);
        if (error == null) {
            return null; // not a Graph API error object (a proxy's page): the client's generic handling
        }
        String message = describe(error);
        String code = Integer.toString(error.code());
        if (EXPIRED_CODES.contains(error.code()) || OAUTH_EXCEPTION.equals(error.type())
                && error.subcode() != null && EXPIRED_SUBCODES.contains(error.subcode())) {
            return ApiError.credentialsExpired(message, code);
        }
        if (THROTTLING_CODES.contains(error.code())) {
            // null when Meta gives no estimate: the client then reads Retry-After or uses its policy
            Duration wait = usage.timeToRegainAccess(response::header).orElse(null);
            return ApiError.rateLimited(message, code, wait);
        }
        // 368 (blocked by policy), 506 (duplicate post), 100 (invalid parameter), 200 (permissions) ...
        return ApiError.rejected(message, code);
    }

    /**
     * The failure to report for a refusal: Meta marks some errors as temporary (is_transient, codes 1
     * and 2) while sending them with a 4xx status, which the shared client takes as final.
     */
    public static NetworkException unlessTransient(RejectedException refused) {
        GraphError error = of(refused);
        if (error != null && (error.isTransient() || DOWNTIME_CODES.contains(error.code()))) {
            return new NetworkUnavailableException(refused.getMessage(), refused);
        }
        return refused;
    }

    /** The Graph API error a refusal carries in its body, or null. */
    public static GraphError of(RejectedException refused) {
        if (refused.body() == null) {
            return null;
        }
        try {
            return GraphError.in(Json.mapper().readTree(refused.body())).orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Meta's message, with the fbtrace_id its support asks for when a failure is reported to them. */
    private static String describe(GraphError error) {
        String message = error.displayMessage();
        if (message == null || message.isBlank()) {
            message = error.type() + ' ' + error.code();
        }
        return error.fbtraceId() == null ? message : NLS.bind(FacebookMessages.Error_support, message, error.fbtraceId());
    }
}
