package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.model.Account;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Every Graph API failure Meta documents ends as the typed exception Pregón reacts to. */
public class FacebookErrorsTest {
    private static final String FEED = GraphApi.path(GraphApi.PAGE_ID + "/feed");

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FacebookConnector connector = new FacebookConnector(client -> client.sleeper(sleeper));
    private final Credentials credentials = GraphApi.CREDENTIALS;

    @Test
    public void anExpiredTokenAsksForNewCredentials() {
        CredentialsExpiredException e = failure(CredentialsExpiredException.class, GraphApi.graphError(400, 190, 463,
                "OAuthException", "Error validating access token: Session has expired on Sunday, 29-Nov-26 10:00:00 PST.",
                "A1b2C3d4E5f"));
        assertTrue(e.getMessage().startsWith("Error validating access token: Session has expired"), e.getMessage());
    }

    @Test
    public void anInvalidTokenAsksForNewCredentials() {
        failure(CredentialsExpiredException.class, GraphApi.graphError(400, 190, 467, "OAuthException",
                "Error validating access token: The session is invalid because the user logged out.", "F6g7H8i9J0k"));
        failure(CredentialsExpiredException.class, GraphApi.graphError(400, 190, null, "OAuthException",
                "Invalid OAuth access token - Cannot parse access token", "K1l2M3n4O5p"));
    }

    @Test
    public void throttlingWaitsAsLongAsTheBusinessUseCaseHeaderSays() {
        for (int code : new int[] { 4, 17, 32, 613 }) {
            wireMock.server().resetAll();
            RateLimitedException e = failure(RateLimitedException.class, GraphApi.graphError(403, code, null, "OAuthException",
                    "(#" + code + ") Application request limit reached", "Q1r2S3t4U5v")
                    .withHeader("X-Business-Use-Case-Usage", GraphApi.businessUseCaseUsage(GraphApi.PAGE_ID, 19))
                    .withHeader("X-App-Usage", "{\"call_count\":72,\"total_cputime\":10,\"total_time\":15}"));
            assertEquals(Duration.ofMinutes(19), e.retryAfter(), "code " + code);
        }
    }

    @Test
    public void throttlingWaitsAsLongAsTheAppUsageHeaderSays() {
        RateLimitedException e = failure(RateLimitedException.class, GraphApi.graphError(400, 4, null, "OAuthException",
                "(#4) Application request limit reached", "W1x2Y3z4A5b")
                .withHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":34,\"total_time\":41,"
                        + "\"estimated_time_to_regain_access\":7}"));
        assertEquals(Duration.ofMinutes(7), e.retryAfter());
    }

    @Test
    public void throttlingWithoutAnEstimateStillWaits() {
        RateLimitedException e = failure(RateLimitedException.class, GraphApi.graphError(400, 32, null, "OAuthException",
                "(#32) Page request limit reached", "C1d2E3f4G5h"));
        assertTrue(e.retryAfter().compareTo(Duration.ZERO) > 0, String.valueOf(e.retryAfter()));
    }

    @Test
    public void aDuplicatePostIsRejectedWithFacebooksMessageCodeAndTrace() {
        RejectedException e = failure(RejectedException.class, GraphApi.graphError(400, 506, null, "OAuthException",
                "Duplicate status message", "I1j2K3l4M5n"));
        assertEquals("506", e.networkCode());
        assertTrue(e.getMessage().contains("Duplicate status message"), e.getMessage());
        assertTrue(e.getMessage().contains("I1j2K3l4M5n"), "fbtrace_id kept for Meta's support: " + e.getMessage());
    }

    @Test
    public void aPolicyBlockIsRejected() {
        RejectedException e = failure(RejectedException.class, GraphApi.graphError(400, 368, 1390008, "OAuthException",
                "The action attempted has been deemed abusive or is otherwise disallowed", "O1p2Q3r4S5t"));
        assertEquals("368", e.networkCode());
        assertTrue(e.getMessage().startsWith("The action attempted has been deemed abusive"), e.getMessage());
    }

    @Test
    public void otherClientErrorsAreRejected() {
        RejectedException e = failure(RejectedException.class, GraphApi.graphError(403, 200, null, "OAuthException",
                "(#200) The user hasn't authorized the application to perform this action", "U1v2W3x4Y5z"));
        assertEquals("200", e.networkCode());
    }

    @Test
    public void serverErrorsAndTransientErrorsAreWorthRetrying() {
        failure(NetworkUnavailableException.class, GraphApi.graphError(500, 2, null, "OAuthException",
                "An unexpected error has occurred. Please retry your request later.", "Z1a2B3c4D5e"));
        wireMock.server().resetAll();
        failure(NetworkUnavailableException.class, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"An unknown error occurred\",\"type\":\"OAuthException\",\"code\":1,"
                        + "\"error_subcode\":99,\"is_transient\":true,\"fbtrace_id\":\"E1f2G3h4I5j\"}}"));
        wireMock.server().resetAll();
        failure(NetworkUnavailableException.class, aResponse().withStatus(503).withBody("Service Unavailable"));
    }

    @Test
    public void anUnreachableServerIsUnavailable() {
        Account account = account();
        wireMock.close();
        assertThrows(NetworkUnavailableException.class, () -> connector.publish(request(account), credentials,
                new NullProgressMonitor()));
    }

    @Test
    public void missingCredentialsAskForThemWithoutCallingFacebook() {
        Account account = account();
        CredentialsExpiredException e = assertThrows(CredentialsExpiredException.class, () -> connector.publish(
                request(account), new Credentials(Map.of("pageId", GraphApi.PAGE_ID)), new NullProgressMonitor()));
        assertEquals("The Facebook account has no Page access token: enter one in the account settings.", e.getMessage());
        wireMock.server().verify(0, postRequestedFor(anyUrl()));
    }

    /** Publishes against the given answer and checks the typed failure, which never carries the token. */
    private <T extends NetworkException> T failure(Class<T> type, ResponseDefinitionBuilder answer) {
        wireMock.server().stubFor(post(urlPathEqualTo(FEED)).willReturn(answer));
        Account account = account();
        NetworkException e = assertThrows(NetworkException.class, () -> connector.publish(request(account), credentials,
                new NullProgressMonitor()));
        assertInstanceOf(type, e, e.toString());
        assertFalse(String.valueOf(e.getMessage()).contains(GraphApi.TOKEN));
        return type.cast(e);
    }

    private static PublishRequest request(Account account) {
        return new PublishRequest(account, "variant", List.of(FacebookPublishTest.VALENCIAN), List.of("ca-ES-valencia"),
                FacebookPublishTest.LINK, List.of(), "key");
    }

    private Account account() {
        return GraphApi.account(wireMock);
    }
}
