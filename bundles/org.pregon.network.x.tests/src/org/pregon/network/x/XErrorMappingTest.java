package org.pregon.network.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.network.x.XFixture.CREDENTIALS;
import static org.pregon.network.x.XFixture.NOW;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** X API v2 error replies (problem format, rate-limit headers) become the typed failures Pregón reacts to. */
public class XErrorMappingTest {
    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private static ResponseDefinitionBuilder problem(int status, String title, String detail, String type) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(XFixture.problem(title, detail, type, status));
    }

    private PublishRequest request(String text) {
        return new PublishRequest(XFixture.account(wireMock.baseUrl().toString()), "variant-1", List.of(text), List.of("es"),
                null, List.of(), "variant-1");
    }

    @Test
    public void anExpiredTokenIsExpiredCredentials() {
        wireMock.server().stubFor(post("/2/tweets").willReturn(problem(401, "Unauthorized", "Unauthorized", "about:blank")));

        CredentialsExpiredException failure = assertThrows(CredentialsExpiredException.class,
                () -> XFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertEquals("Unauthorized", failure.getMessage());
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    public void aDuplicatePostIsRejectedWithXsOwnWords() {
        wireMock.server().stubFor(post("/2/tweets").willReturn(problem(403, "Forbidden",
                "You are not allowed to create a Tweet with duplicate content.", "about:blank")));

        RejectedException failure = assertThrows(RejectedException.class,
                () -> XFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertEquals("You are not allowed to create a Tweet with duplicate content.", failure.getMessage());
        assertEquals("Forbidden", failure.networkCode());
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    public void anInvalidRequestIsRejectedWithTheParameterErrorAndTheProblemType() {
        wireMock.server().stubFor(post("/2/tweets").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"parameters":{"reply.in_reply_to_tweet_id":["1"]},
                                    "message":"reply.in_reply_to_tweet_id: the Post you are replying to has been deleted"}],
                         "title":"Invalid Request","detail":"One or more parameters to your request was invalid.",
                         "type":"https://api.twitter.com/2/problems/invalid-request"}
                        """)));

        RejectedException failure = assertThrows(RejectedException.class,
                () -> XFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertEquals("reply.in_reply_to_tweet_id: the Post you are replying to has been deleted", failure.getMessage());
        assertEquals("https://api.twitter.com/2/problems/invalid-request", failure.networkCode());
    }

    @Test
    public void tooManyRequestsWaitsUntilTheEpochResetOfTheRateLimitHeaders() {
        long reset = NOW.plus(Duration.ofMinutes(15)).getEpochSecond();
        wireMock.server().stubFor(post("/2/tweets").willReturn(problem(429, "Too Many Requests", "Too Many Requests",
                "about:blank").withHeader("x-rate-limit-limit", "100").withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", Long.toString(reset))));

        RateLimitedException failure = assertThrows(RateLimitedException.class,
                () -> XFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertEquals(Duration.ofMinutes(15), failure.retryAfter());
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    public void aFailingServerIsUnavailableAndAPostIsNeverRepeated() {
        wireMock.server().stubFor(post("/2/tweets").willReturn(problem(503, "Service Unavailable",
                "Service Unavailable", "about:blank")));

        NetworkUnavailableException failure = assertThrows(NetworkUnavailableException.class,
                () -> XFixture.connector(sleeper).publish(request("Hola"), CREDENTIALS, new NullProgressMonitor()));

        assertTrue(failure.getMessage().contains("503"), failure.getMessage());
        // X takes no idempotency key: repeating a POST whose reply was lost could publish twice
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    public void aReadIsRetriedWhenTheServerFailsThenSucceeds() throws Exception {
        wireMock.server().stubFor(get("/2/users/me").inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(problem(503, "Service Unavailable", "Service Unavailable", "about:blank"))
                .willSetStateTo("recovered"));
        wireMock.server().stubFor(get("/2/users/me").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"1597238512399450112\",\"name\":\"Ajuntament\",\"username\":\"ajuntament_bnf\"}}")));

        XFixture.connector(sleeper).verify(XFixture.account(wireMock.baseUrl().toString()), CREDENTIALS,
                new NullProgressMonitor());

        wireMock.server().verify(2, getRequestedFor(urlEqualTo("/2/users/me")));
        assertEquals(1, sleeper.waits().size());
    }
}
