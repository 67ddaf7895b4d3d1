package org.pregon.network.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.network.mastodon.MastodonFixture.CREDENTIALS;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Mastodon's error replies, as documented, become the typed failures Pregón reacts to. */
public class MastodonErrorMappingTest {
    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private static ResponseDefinitionBuilder error(int status, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":\"" + message + "\"}");
    }

    private PublishRequest request(String text) {
        return new PublishRequest(MastodonFixture.account(wireMock.baseUrl().toString()), "variant-1", List.of(text),
                List.of("es"), null, List.of(), "variant-1");
    }

    @Test
    public void anInvalidTokenIsExpiredCredentials() {
        wireMock.server().stubFor(post("/api/v1/statuses").willReturn(error(401, "The access token is invalid")));

        CredentialsExpiredException failure = assertThrows(CredentialsExpiredException.class,
                () -> MastodonFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertEquals("The access token is invalid", failure.getMessage());
        assertFalse(failure.getMessage().contains(MastodonFixture.TOKEN));
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    public void aTooLongTextIsRejectedWithTheServersOwnWordsAndNotRetried() {
        wireMock.server().stubFor(post("/api/v1/statuses")
                .willReturn(error(422, "Validation failed: Text character limit of 500 exceeded")));

        RejectedException failure = assertThrows(RejectedException.class, () -> MastodonFixture.connector(sleeper)
                .publish(request("x".repeat(501)), CREDENTIALS, new NullProgressMonitor()));

        assertEquals("Validation failed: Text character limit of 500 exceeded", failure.getMessage());
        assertEquals("422", failure.networkCode());
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    public void tooManyRequestsWaitsUntilTheIsoResetTimeInTheHeaders() {
        // Mastodon's rate-limit headers: the reset is an ISO 8601 time, here 4 min 30 s after "now"
        wireMock.server().stubFor(post("/api/v1/statuses").willReturn(error(429, "Too many requests")
                .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "2026-11-30T09:04:30.514Z")));

        RateLimitedException failure = assertThrows(RateLimitedException.class,
                () -> MastodonFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertEquals(Duration.ofMinutes(4).plusSeconds(30).plusMillis(514), failure.retryAfter());
        assertEquals("Too many requests", failure.getMessage());
        // longer than the layer waits in place: handed back to the publisher at once
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    public void aFailingServerIsUnavailableAfterRetriesThatReuseTheSameIdempotencyKey() {
        wireMock.server().stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>503 Service Unavailable</body></html>")));

        NetworkUnavailableException failure = assertThrows(NetworkUnavailableException.class,
                () -> MastodonFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertTrue(failure.getMessage().contains("503"), failure.getMessage());
        // a keyed status is safe to repeat: the server would return the one already created
        wireMock.server().verify(4, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", equalTo("variant-1-1")));
        assertEquals(3, sleeper.waits().size());
    }

    @Test
    public void aVerificationWithARevokedTokenIsExpiredCredentials() {
        wireMock.server().stubFor(get("/api/v1/accounts/verify_credentials")
                .willReturn(error(401, "The access token was revoked")));

        CredentialsExpiredException failure = assertThrows(CredentialsExpiredException.class,
                () -> MastodonFixture.connector(sleeper).verify(MastodonFixture.account(wireMock.baseUrl().toString()),
                        CREDENTIALS, new NullProgressMonitor()));

        assertEquals("The access token was revoked", failure.getMessage());
        wireMock.server().verify(1, getRequestedFor(urlEqualTo("/api/v1/accounts/verify_credentials")));
    }

    @Test
    public void noStoredTokenFailsBeforeAnyRequest() {
        CredentialsExpiredException failure = assertThrows(CredentialsExpiredException.class,
                () -> MastodonFixture.connector(sleeper).publish(request("Hola"), new Credentials(Map.of()),
                        new NullProgressMonitor()));

        assertEquals("No access token is stored for the Mastodon account @ajuntament@social.example.", failure.getMessage());
        assertEquals(0, wireMock.server().getAllServeEvents().size());
    }
}
