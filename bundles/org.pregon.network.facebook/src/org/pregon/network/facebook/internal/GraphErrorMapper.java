package org.pregon.network.facebook.internal;

import java.time.Duration;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;

/**
 * Turns a failed Graph API answer into the typed failure Pregón reacts to, following Meta's error
 * handling guide: the error code decides first, the HTTP status only when there is no error object.
 */
public final class GraphErrorMapper {
    /** 190 access token expired or invalid; 102 API session (login status or token no longer valid). */
    private static final Set<Integer> EXPIRED_CODES = Set.of(190, 102);
    /**
     * Authentication subcodes of OAuthException: app removed (458), user checkpointed (459), password
     * changed (460), token expired (463), unconfirmed user (464), invalid token (467), invalid session
     * (492). Each means this token will not work again until the user acts.
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

    private GraphErrorMapper() {
    }

    /**
     * @param status the HTTP status of the answer
     * @param error the answer's error object, or null when its body had none
     * @param wait how long Meta's usage headers say to wait, or null when they do not say
     * @param fallbackWait the wait to report for throttling when Meta gives no estimate
     */
    public static NetworkException map(int status, GraphError error, Duration wait, Duration fallbackWait) {
        if (error == null) {
            return withoutErrorObject(status, wait, fallbackWait);
        }
        String message = describe(error);
        if (EXPIRED_CODES.contains(error.code()) || OAUTH_EXCEPTION.equals(error.type())
                && error.subcode() != null && EXPIRED_SUBCODES.contains(error.subcode())) {
            return new CredentialsExpiredException(message, null);
        }
        if (THROTTLING_CODES.contains(error.code())) {
            return new RateLimitedException(message, wait != null ? wait : fallbackWait, null);
        }
        if (error.isTransient() || DOWNTIME_CODES.contains(error.code()) || status >= 500) {
            return new NetworkUnavailableException(message, null);
        }
        // 368 (blocked by policy), 506 (duplicate post), 100 (invalid parameter), 200 (permissions) ...
        return new RejectedException(message, Integer.toString(error.code()), null);
    }

    private static NetworkException withoutErrorObject(int status, Duration wait, Duration fallbackWait) {
        String message = NLS.bind(FacebookMessages.Error_withoutDescription, Integer.toString(status));
        if (status == 401) {
            return new CredentialsExpiredException(message, null);
        }
        if (status == 429) {
            return new RateLimitedException(message, wait != null ? wait : fallbackWait, null);
        }
        if (status >= 500 || status == 408) {
            return new NetworkUnavailableException(message, null);
        }
        return new RejectedException(message, Integer.toString(status), null);
    }

    /** Meta's message, with the fbtrace_id support asks for when a failure is reported to them. */
    private static String describe(GraphError error) {
        String message = error.displayMessage();
        if (message == null || message.isBlank()) {
            message = error.type() + ' ' + error.code();
        }
        return error.fbtraceId() == null ? message : NLS.bind(FacebookMessages.Error_support, message, error.fbtraceId());
    }
}
