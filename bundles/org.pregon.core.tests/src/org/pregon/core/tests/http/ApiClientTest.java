package org.pregon.core.tests.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.ErrorBodyParser;
import org.pregon.core.http.RetryPolicy;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.LogCapture;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The shared HTTP layer against WireMock on 127.0.0.1: what is retried and what is not, waits asked
 * by the network, its error bodies, timeouts, cancellation and what reaches the log. Waits are
 * recorded by a RecordingSleeper, never slept.
 */
public class ApiClientTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ApiClient client;

    private ApiClient client(ErrorBodyParser parser, Duration responseTimeout) {
        client = ApiClient.builder("Test network", wireMock.baseUrl())
                .errorParser(parser)
                .responseTimeout(responseTimeout)
                .requestIdHeader("X-Request-Id")
                .sleeper(sleeper)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .random(() -> 0.5) // equal jitter at its middle: a 1 s backoff becomes 750 ms
                .build();
        return client;
    }

    private ApiClient client() {
        return client(ErrorBodyParser.generic(), Duration.ofSeconds(5));
    }

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    private WireMockServer server() {
        return wireMock.server();
    }

    /** The first request gets {@code first}, every later one {@code then}. */
    private void firstThen(com.github.tomakehurst.wiremock.client.MappingBuilder request,
            com.github.tomakehurst.wiremock.client.MappingBuilder again,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
        server().stubFor(request.inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("later"));
        server().stubFor(again.inScenario("s").whenScenarioStateIs("later").willReturn(then));
    }

    @Test
    public void getIsRetriedAfter503AndSucceeds() throws Exception {
        firstThen(get("/api/v1/accounts/verify_credentials"), get("/api/v1/accounts/verify_credentials"),
                aResponse().withStatus(503), okJson("{\"id\":\"42\",\"acct\":\"ajuntament\"}"));

        ApiResponse response = client().send(ApiRequest.get("/api/v1/accounts/verify_credentials").bearer("t"), null);

        assertEquals("42", response.json().path("id").asText());
        server().verify(2, getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials")));
        assertEquals(List.of(Duration.ofMillis(750)), sleeper.waits(), "one exponential backoff, with jitter");
    }

    @Test
    public void postIsNotRetriedAfter503() {
        server().stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(503)));

        NetworkUnavailableException e = assertThrows(NetworkUnavailableException.class,
                () -> client().send(ApiRequest.post("/api/v1/statuses").json(Map.of("status", "Hola")), null));

        assertTrue(e.getMessage().contains("Test network") && e.getMessage().contains("503"), e.getMessage());
        server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    public void postWithAnIdempotencyKeyIsRetriedWithTheSameKey() throws Exception {
        firstThen(post("/api/v1/statuses"), post("/api/v1/statuses"), aResponse().withStatus(502),
                okJson("{\"id\":\"109\",\"url\":\"https://social.example/@gva/109\"}").withStatus(200));

        ApiResponse response = client().send(ApiRequest.post("/api/v1/statuses").bearer("t")
                .idempotencyKey("variant-7-attempt").json(Map.of("status", "Bon dia", "language", "ca")), null);

        assertEquals("109", response.json().path("id").asText());
        List<LoggedRequest> sent = server().findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
        assertEquals(2, sent.size());
        for (LoggedRequest request : sent) {
            assertEquals("variant-7-attempt", request.getHeader("Idempotency-Key"));
            assertEquals("application/json", request.getHeader("Content-Type"));
        }
        server().verify(2, postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withRequestBody(equalToJson("{\"status\":\"Bon dia\",\"language\":\"ca\"}")));
    }

    @Test
    public void rateLimitWithRetryAfterIsWaitedThenRetried() throws Exception {
        firstThen(get("/2/users/me"), get("/2/users/me"),
                aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson("{\"data\":{\"id\":\"1\"}}"));

        ApiResponse response = client().send(ApiRequest.get("/2/users/me"), null);

        assertEquals(200, response.status());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits(), "the wait the network asked for, exactly");
        server().verify(2, getRequestedFor(urlPathEqualTo("/2/users/me")));
    }

    @Test
    public void rateLimitResetBeyondTheMaximumWaitThrowsWithTheRightDuration() {
        long reset = NOW.plus(Duration.ofMinutes(15)).getEpochSecond(); // X: epoch seconds
        server().stubFor(get("/2/tweets/1").willReturn(aResponse().withStatus(429)
                .withHeader("x-rate-limit-limit", "900").withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", Long.toString(reset))
                .withBody("{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}")));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client().send(ApiRequest.get("/2/tweets/1"), null));

        assertEquals(Duration.ofMinutes(15), e.retryAfter());
        assertEquals("Rate limit exceeded", e.getMessage(), "the network's own words");
        server().verify(1, getRequestedFor(urlPathEqualTo("/2/tweets/1")));
        assertEquals(List.of(), sleeper.waits(), "15 minutes is not waited in place");
    }

    @Test
    public void mastodonResetTimeIsReadToo() {
        server().stubFor(get("/api/v1/timelines/home").willReturn(aResponse().withStatus(429)
                .withHeader("X-RateLimit-Reset", "2026-11-30T10:04:00.019685Z")
                .withBody("{\"error\":\"Too many requests\"}")));

        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client().send(ApiRequest.get("/api/v1/timelines/home"), null));

        assertEquals(Duration.ofMinutes(4).plusNanos(19_685_000), e.retryAfter());
        assertEquals("Too many requests", e.getMessage());
    }

    @Test
    public void facebookErrorBodyBecomesRejectedWithTheNetworksMessageAndCode() {
        server().stubFor(post("/v23.0/1234/feed").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\","
                        + "\"code\":100,\"error_subcode\":1349125,\"fbtrace_id\":\"AbC123xYz\"}}")));

        RejectedException e = assertThrows(RejectedException.class, () -> client(new FacebookErrors(), Duration.ofSeconds(5))
                .send(ApiRequest.post("/v23.0/1234/feed").form(Map.of("message", "Hola")), null));

        assertEquals("(#100) Invalid parameter", e.getMessage());
        assertEquals("100", e.networkCode());
        assertEquals(400, e.status());
        assertTrue(e.body().contains("AbC123xYz"), "the whole body, for the connector's details");
        server().verify(1, postRequestedFor(urlPathEqualTo("/v23.0/1234/feed")).withRequestBody(equalTo("message=Hola")));
    }

    @Test
    public void theParserDecidesExpiredTokensAndThrottlingOnOtherStatuses() {
        server().stubFor(get("/v23.0/me").willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Error validating access token: Session has expired\",\"type\":\"OAuthException\",\"code\":190}}")));
        server().stubFor(get("/v23.0/1234/insights").willReturn(aResponse().withStatus(403).withBody(
                "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"code\":4}}")));
        ApiClient facebook = client(new FacebookErrors(), Duration.ofSeconds(5));

        CredentialsExpiredException expired = assertThrows(CredentialsExpiredException.class,
                () -> facebook.send(ApiRequest.get("/v23.0/me"), null));
        assertEquals("Error validating access token: Session has expired", expired.getMessage());
        RateLimitedException throttled = assertThrows(RateLimitedException.class,
                () -> facebook.send(ApiRequest.get("/v23.0/1234/insights"), null));
        assertEquals(Duration.ofMinutes(5), throttled.retryAfter());
    }

    @Test
    public void mastodonStyleErrorIsReadByTheGenericParser() {
        server().stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        RejectedException e = assertThrows(RejectedException.class,
                () -> client().send(ApiRequest.post("/api/v1/statuses").json(Map.of("status", "x")), null));

        assertEquals("Validation failed: Text character limit of 500 exceeded", e.getMessage());
        assertNull(e.networkCode());
    }

    @Test
    public void unauthorizedIsExpiredCredentialsUnlessTheHookRenewsTheToken() throws Exception {
        server().stubFor(get("/xrpc/app.bsky.actor.getProfile").withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
        server().stubFor(get("/xrpc/app.bsky.actor.getProfile").withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(okJson("{\"handle\":\"gva.bsky.social\"}")));
        ApiClient bluesky = client();

        CredentialsExpiredException e = assertThrows(CredentialsExpiredException.class,
                () -> bluesky.send(ApiRequest.get("/xrpc/app.bsky.actor.getProfile").bearer("old"), null));
        assertEquals("Token has expired", e.getMessage());

        int[] renewals = { 0 };
        ApiResponse response = bluesky.send(ApiRequest.get("/xrpc/app.bsky.actor.getProfile").bearer("old")
                .onExpiredToken(monitor -> {
                    renewals[0]++;
                    return "new";
                }), null);
        assertEquals("gva.bsky.social", response.json().path("handle").asText());
        assertEquals(1, renewals[0]);
    }

    @Test
    public void aTimeoutIsNetworkUnavailableAfterTheRetries() {
        server().stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
        ApiClient slow = ApiClient.builder("Slow network", wireMock.baseUrl()).responseTimeout(Duration.ofMillis(250))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(1)))
                .sleeper(sleeper).build();
        try {
            NetworkUnavailableException e = assertThrows(NetworkUnavailableException.class,
                    () -> slow.send(ApiRequest.get("/slow"), null));
            assertInstanceOf(SocketTimeoutException.class, e.getCause());
            assertTrue(e.getMessage().startsWith("Slow network could not be reached"), e.getMessage());
            server().verify(2, getRequestedFor(urlPathEqualTo("/slow")));
            assertEquals(1, sleeper.waits().size());
        } finally {
            slow.close();
        }
    }

    @Test
    public void aRefusedConnectionIsNetworkUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ApiClient nowhere = ApiClient.builder("Nowhere", URI.create("http://127.0.0.1:" + closedPort))
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThrows(NetworkUnavailableException.class, () -> nowhere.send(ApiRequest.get("/"), null));
        }
    }

    @Test
    public void redirectsAreNotFollowed() {
        server().stubFor(get("/moved").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://elsewhere.example/login?access_token=leak")));

        RejectedException e = assertThrows(RejectedException.class, () -> client().send(ApiRequest.get("/moved").bearer("t"), null));

        assertTrue(e.getMessage().contains("https://elsewhere.example/login?access_token=***"), e.getMessage());
    }

    @Test
    public void theLogHasTheRequestIdAndNoSecret() throws Exception {
        firstThen(get(urlPathEqualTo("/v23.0/me")), get(urlPathEqualTo("/v23.0/me")),
                aResponse().withStatus(500), okJson("{\"id\":\"1\"}"));
        server().stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(okJson("{\"accessJwt\":\"jwt-SECRET-4\"}")));

        try (LogCapture log = LogCapture.requests()) {
            ApiResponse first = client().send(ApiRequest.get("/v23.0/me").query("fields", "id,name")
                    .query("access_token", "SECRET-1").bearer("SECRET-2"), null);
            ApiResponse second = client.send(ApiRequest.post("/xrpc/com.atproto.server.createSession")
                    .json(Map.of("identifier", "gva.bsky.social", "password", "SECRET-3")), new NullProgressMonitor());

            List<String> lines = log.lines();
            assertEquals(3, lines.size(), lines.toString());
            String id = server().findAll(getRequestedFor(urlPathEqualTo("/v23.0/me"))).get(0).getHeader("X-Request-Id");
            assertEquals(id, first.requestId(), "the id sent is the one the reply carries");
            assertTrue(lines.get(0).startsWith("[" + id + "] Test network GET " + wireMock.baseUrl() + "/v23.0/me?"), lines.get(0));
            assertTrue(lines.get(0).contains("/v23.0/me?fields=id%2Cname&access_token=*** attempt 1/4 -> 500 in "), lines.get(0));
            assertTrue(lines.get(0).endsWith("retry in 750 ms"), lines.get(0));
            assertTrue(lines.get(1).startsWith("[" + id + "] ") && lines.get(1).contains("attempt 2/4 -> 200 in "), lines.get(1));
            assertTrue(lines.get(2).startsWith("[" + second.requestId() + "] Test network POST ")
                    && lines.get(2).contains("/xrpc/com.atproto.server.createSession attempt 1/1 -> 200"), lines.get(2));
            log.assertNoneContains("SECRET");
        }
    }

    @Test
    public void cancellingStopsTheRetries() {
        server().stubFor(get("/feed").willReturn(aResponse().withStatus(503)));
        NullProgressMonitor monitor = new NullProgressMonitor();
        sleeper.onSleep(m -> m.setCanceled(true)); // the user cancels while the client waits to retry
        ApiClient api = client();

        assertThrows(OperationCanceledException.class, () -> api.send(ApiRequest.get("/feed"), monitor));
        server().verify(1, getRequestedFor(urlPathEqualTo("/feed")));

        assertThrows(OperationCanceledException.class, () -> api.send(ApiRequest.get("/feed"), monitor),
                "an already cancelled monitor sends nothing");
        server().verify(1, getRequestedFor(urlPathEqualTo("/feed")));
    }
}
