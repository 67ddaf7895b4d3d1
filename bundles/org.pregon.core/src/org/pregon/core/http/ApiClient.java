package org.pregon.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The HTTP client of one network (or one server of it), shared by all its calls and thread-safe.
 * {@link #send} turns every outcome into a typed result: the reply for 2xx; otherwise
 * CredentialsExpiredException (401, or what the network's error parser says), RateLimitedException
 * (429 or the parser's verdict, when the wait asked for is longer than the policy waits in place),
 * NetworkUnavailableException (timeouts, resets, refused connections, 5xx, after the retries the
 * request allows) or RejectedException (other 4xx, with the network's message and code).
 * <p>
 * Redirects are not followed, so a token is never sent to another address; cookies are not kept;
 * proxies come from the JVM's system properties (http.proxyHost…), as the administration's IT sets them.
 */
public final class ApiClient implements AutoCloseable {
    /** The java.util.logging logger of the request lines. */
    public static final String LOGGER_NAME = "org.pregon.core.http"; //$NON-NLS-1$

    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final String network;
    private final URI baseUrl;
    private final RetryPolicy retryPolicy;
    private final ErrorBodyParser errorParser;
    private final String requestIdHeader;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;
    private final CloseableHttpClient http;

    private ApiClient(Builder b) {
        network = b.network;
        baseUrl = b.baseUrl;
        retryPolicy = b.retryPolicy;
        errorParser = b.errorParser;
        requestIdHeader = b.requestIdHeader;
        sleeper = b.sleeper;
        clock = b.clock;
        random = b.random;
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(b.connectTimeout))
                .setSocketTimeout(Timeout.of(b.responseTimeout))
                // a pooled connection the server closed meanwhile would fail a POST we may not repeat
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build();
        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection).useSystemProperties().build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(b.responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(b.connectTimeout)).build())
                .disableAutomaticRetries() // retries are ours: only for idempotent requests, logged
                .disableRedirectHandling()
                .disableCookieManagement()
                .useSystemProperties()
                .setUserAgent(b.userAgent)
                .build();
    }

    /**
     * @param network the network's name, as shown to the user in failure messages and written in logs
     * @param baseUrl what request paths are appended to, e.g. https://graph.facebook.com/v23.0
     */
    public static Builder builder(String network, URI baseUrl) {
        return new Builder(network, baseUrl);
    }

    /**
     * Sends the request, retrying as the policy and the request allow, and returns the 2xx reply (or a
     * 304, which only a conditional request of the caller's gets).
     * Between attempts (and while waiting) it stops with OperationCanceledException once the monitor
     * is cancelled; an attempt in flight ends at the latest with the response timeout.
     */
    public ApiResponse send(ApiRequest request, IProgressMonitor monitor) throws NetworkException {
        IProgressMonitor m = IProgressMonitor.nullSafe(monitor);
        String requestId = RequestLog.newRequestId();
        URI url = request.uri(baseUrl);
        ApiRequest current = request;
        int maxAttempts = request.retryable() ? retryPolicy.maxAttempts() : 1;
        boolean tokenRenewed = false;
        for (int number = 1;; number++) {
            if (m.isCanceled()) {
                throw new OperationCanceledException();
            }
            boolean mayRetry = number < maxAttempts;
            long start = System.nanoTime();
            ApiResponse response;
            try {
                response = exchange(current, url, requestId);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new OperationCanceledException();
                }
                Attempt attempt = new Attempt(network, requestId, current, url, number, maxAttempts,
                        e.getClass().getSimpleName(), start);
                if (!mayRetry || !transientFailure(e)) {
                    attempt.log(Level.INFO, "giving up"); //$NON-NLS-1$
                    String detail = Redaction.text(e.getMessage() == null ? attempt.outcome() : e.getMessage());
                    throw new NetworkUnavailableException(NLS.bind(HttpMessages.Http_unreachable, network, detail), e);
                }
                waitThenRetry(attempt, backoff(number), m);
                continue;
            }
            int status = response.status();
            Attempt attempt = new Attempt(network, requestId, current, url, number, maxAttempts,
                    String.valueOf(status), start);
            if (status >= 200 && status < 300 || status == 304) { // 304 only answers the caller's conditional request
                attempt.log(Level.FINE, null);
                return response;
            }
            if (status >= 300 && status < 400) {
                attempt.log(Level.INFO, "not followed"); //$NON-NLS-1$
                String location = response.header("Location"); //$NON-NLS-1$
                throw new RejectedException(NLS.bind(HttpMessages.Http_redirected, new Object[] { network, status,
                        location == null ? "?" : Redaction.uri(location) }), null, status, response.text(), null); //$NON-NLS-1$
            }
            ApiError error = parseError(response);
            if (status >= 400 && status < 500 && error.kind() == ApiError.Kind.CREDENTIALS_EXPIRED
                    || status == 401 && error.kind() != ApiError.Kind.RATE_LIMITED) {
                String token = null;
                if (current.refresher() != null && !tokenRenewed) {
                    attempt.log(Level.INFO, "renewing the token"); //$NON-NLS-1$
                    token = current.refresher().refresh(m);
                }
                if (token == null) {
                    attempt.log(Level.INFO, "credentials expired"); //$NON-NLS-1$
                    throw new CredentialsExpiredException(messageOr(error,
                            NLS.bind(HttpMessages.Http_credentialsExpired, network, status)), null);
                }
                current = current.bearer(token);
                tokenRenewed = true;
                maxAttempts++; // a refused request did nothing: repeating it is not a retry
                continue;
            }
            if (status == 429 || error.kind() == ApiError.Kind.RATE_LIMITED) {
                Duration asked = error.retryAfter() != null ? error.retryAfter()
                        : RateLimitHeaders.requestedWait(response, clock.instant());
                Duration wait = asked != null ? asked : backoff(number);
                if (mayRetry && wait.compareTo(retryPolicy.maxWait()) <= 0) {
                    waitThenRetry(attempt, wait, m);
                    continue;
                }
                Duration retryAfter = asked != null ? asked : retryPolicy.maxBackoff();
                attempt.log(Level.INFO, "rate limited for " + retryAfter.toSeconds() + " s"); //$NON-NLS-1$ //$NON-NLS-2$
                throw new RateLimitedException(messageOr(error, NLS.bind(HttpMessages.Http_rateLimited, network,
                        Long.toString(secondsRoundedUp(retryAfter)))), retryAfter, null);
            }
            if (status >= 500 || status == 408) {
                Duration asked = RateLimitHeaders.retryAfter(response.header("Retry-After"), clock.instant()); //$NON-NLS-1$
                Duration wait = asked != null ? asked : backoff(number);
                if (mayRetry && wait.compareTo(retryPolicy.maxWait()) <= 0) {
                    waitThenRetry(attempt, wait, m);
                    continue;
                }
                attempt.log(Level.INFO, "giving up"); //$NON-NLS-1$
                throw new NetworkUnavailableException(NLS.bind(HttpMessages.Http_serverFailed, network, status), null);
            }
            attempt.log(Level.INFO, "rejected" + (error.code() == null ? "" : " (code " + error.code() + ')')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new RejectedException(messageOr(error, NLS.bind(HttpMessages.Http_rejected, network, status)),
                    error.code(), status, response.text(), null);
        }
    }

    /** Closes the connections; the client cannot be used afterwards. */
    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            // closing sockets of a client no longer used: nothing to recover
        }
    }

    private ApiResponse exchange(ApiRequest request, URI url, String requestId) throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setUri(url);
        boolean accept = false;
        for (Map.Entry<String, String> header : request.headers()) {
            builder.addHeader(header.getKey(), header.getValue());
            accept |= header.getKey().equalsIgnoreCase("Accept"); //$NON-NLS-1$
        }
        if (!accept) {
            builder.addHeader("Accept", "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (requestIdHeader != null) {
            builder.setHeader(requestIdHeader, requestId);
        }
        if (request.body() != null) {
            builder.setEntity(new ByteArrayEntity(request.body(), ContentType.parse(request.contentType())));
        }
        return http.execute(builder.build(), reply -> read(reply, requestId));
    }

    private ApiResponse read(ClassicHttpResponse reply, String requestId) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        for (Header header : reply.getHeaders()) {
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(header.getValue());
        }
        HttpEntity entity = reply.getEntity();
        byte[] body = new byte[0];
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                throw new ReplyTooLarge();
            }
        }
        return new ApiResponse(network, requestId, reply.getCode(), headers, body);
    }

    private ApiError parseError(ApiResponse response) {
        JsonNode body = response.jsonOrMissing();
        ApiError error = null;
        try {
            error = errorParser.parse(response, body);
        } catch (RuntimeException e) {
            // a connector's parser failing on an unexpected body must not hide the network's reply
            RequestLog.LOGGER.log(Level.WARNING, "error parser of " + network + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (error == null) {
            error = ErrorBodyParser.generic().parse(response, body);
        }
        return error != null ? error : ApiError.rejected(null, null);
    }

    private void waitThenRetry(Attempt attempt, Duration wait, IProgressMonitor monitor) {
        attempt.log(Level.INFO, "retry in " + wait.toMillis() + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
        sleeper.sleep(wait, monitor);
    }

    private Duration backoff(int attempt) {
        return retryPolicy.backoff(attempt, random.getAsDouble());
    }

    /** Failures worth another attempt: timeouts, refused or reset connections, unknown hosts, silent servers. */
    private static boolean transientFailure(IOException e) {
        return !(e instanceof SSLException || e instanceof ClientProtocolException || e instanceof ReplyTooLarge);
    }

    private static String messageOr(ApiError error, String fallback) {
        return error.message() != null && !error.message().isBlank() ? Redaction.text(error.message()) : fallback;
    }

    private static long secondsRoundedUp(Duration duration) {
        return duration.plusMillis(999).toSeconds();
    }

    /** One attempt's outcome (a status or an exception name), as its log line shows it. */
    private record Attempt(String network, String requestId, ApiRequest request, URI url, int number, int of,
            String outcome, long startNanos) {
        void log(Level level, String next) {
            RequestLog.attempt(level, requestId, network, request, url.toString(), number, of, outcome,
                    (System.nanoTime() - startNanos) / 1_000_000, next);
        }
    }

    /** A reply too large to be an API answer; not retried. */
    private static final class ReplyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        ReplyTooLarge() {
            super("reply larger than " + MAX_BODY_BYTES + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The settings of a client; everything but the network and base URL has a sensible default. */
    public static final class Builder {
        private final String network;
        private final URI baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private ErrorBodyParser errorParser = ErrorBodyParser.generic();
        private String requestIdHeader;
        private String userAgent = "Pregon"; //$NON-NLS-1$
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(String network, URI baseUrl) {
            this.network = network;
            this.baseUrl = baseUrl;
        }

        /** Longest wait to open a connection (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            connectTimeout = timeout;
            return this;
        }

        /** Longest silence while waiting for the reply (default 30 s; raise it for uploads). */
        public Builder responseTimeout(Duration timeout) {
            responseTimeout = timeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            retryPolicy = policy;
            return this;
        }

        /** Reads the network's error replies (default: {@link ErrorBodyParser#generic()}). */
        public Builder errorParser(ErrorBodyParser parser) {
            errorParser = parser;
            return this;
        }

        /** Sends each call's request id in this header (e.g. X-Request-Id); it is always in the log line. */
        public Builder requestIdHeader(String header) {
            requestIdHeader = header;
            return this;
        }

        public Builder userAgent(String agent) {
            userAgent = agent;
            return this;
        }

        /** For tests: records the waits instead of sleeping. */
        public Builder sleeper(Sleeper s) {
            sleeper = s;
            return this;
        }

        /** For tests: the "now" that HTTP-dates and reset times are measured from. */
        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        /** For tests: the source of backoff jitter, numbers in [0, 1). */
        public Builder random(DoubleSupplier r) {
            random = r;
            return this;
        }

        public ApiClient build() {
            return new ApiClient(this);
        }
    }
}
