package org.pregon.network.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.network.mastodon.MastodonFixture.CREDENTIALS;

import java.time.Instant;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.model.ItemKind;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

/** Replies as statuses in reply to the citizen's: direct in private conversations, with an Idempotency-Key. */
public class MastodonReplyTest {
    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final Replier replier = MastodonFixture.connector(sleeper).replier().orElseThrow();

    private Replier.ReplyRequest request(ItemKind kind, String text) {
        return new Replier.ReplyRequest(MastodonFixture.account(wireMock.baseUrl().toString()), kind, "113530012345678901",
                "113529900000000001", "113530012345678999", "marta@mastodon.example", text, null, "reply-7f3a");
    }

    private static String status(String id, String visibility) {
        return "{\"id\":\"" + id + "\",\"created_at\":\"2026-11-30T09:01:02.000Z\",\"in_reply_to_id\":\"113530012345678999\","
                + "\"visibility\":\"" + visibility + "\",\"url\":\"https://social.example/@ajuntament/" + id + "\",\"content\":\"<p>...</p>\"}";
    }

    @Test
    public void aDirectMessageIsAnsweredDirectlyMentioningTheCitizen() throws Exception {
        wireMock.server().stubFor(post("/api/v1/statuses").willReturn(okJson(status("113530099999999001", "direct"))));

        Replier.Reply reply = replier.reply(request(ItemKind.MESSAGE, "Sí, l'oficina obri a les 8."), CREDENTIALS, new NullProgressMonitor());

        assertEquals("113530099999999001", reply.remoteId());
        assertEquals("https://social.example/@ajuntament/113530099999999001", reply.url());
        assertEquals(Instant.parse("2026-11-30T09:01:02Z"), reply.sentAt());
        wireMock.server().verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer " + MastodonFixture.TOKEN))
                .withHeader("Idempotency-Key", equalTo("reply-7f3a"))
                .withRequestBody(equalToJson("{\"status\":\"@marta@mastodon.example Sí, l'oficina obri a les 8.\","
                        + "\"in_reply_to_id\":\"113530012345678999\",\"visibility\":\"direct\"}")));
        assertNull(replier.windowFor(ItemKind.MESSAGE), "Mastodon sets no reply window");
    }

    @Test
    public void aMentionIsAnsweredPubliclyWithoutRepeatingTheMention() throws Exception {
        wireMock.server().stubFor(post("/api/v1/statuses").willReturn(okJson(status("113530099999999002", "public"))));

        replier.reply(request(ItemKind.COMMENT, "@marta@mastodon.example ja està publicat el calendari."), CREDENTIALS,
                new NullProgressMonitor());

        wireMock.server().verify(postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(equalToJson(
                "{\"status\":\"@marta@mastodon.example ja està publicat el calendari.\",\"in_reply_to_id\":\"113530012345678999\","
                        + "\"visibility\":\"public\"}")));
    }

    @Test
    public void aValidationErrorIsTheServersOwnReason() {
        wireMock.server().stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        RejectedException e = assertThrows(RejectedException.class,
                () -> replier.reply(request(ItemKind.MESSAGE, "x".repeat(600)), CREDENTIALS, new NullProgressMonitor()));

        assertTrue(e.getMessage().contains("Text character limit of 500 exceeded"), e.getMessage());
        assertEquals(422, e.status());
        assertEquals(0, sleeper.waits().size(), "a refusal is not retried");
    }

    @Test
    public void aLostAnswerIsRetriedWithTheSameIdempotencyKey() throws Exception {
        wireMock.server().stubFor(post("/api/v1/statuses").inScenario("lost").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        wireMock.server().stubFor(post("/api/v1/statuses").inScenario("lost").whenScenarioStateIs("back")
                .willReturn(okJson(status("113530099999999003", "direct"))));

        Replier.Reply reply = replier.reply(request(ItemKind.MESSAGE, "Hola"), CREDENTIALS, new NullProgressMonitor());

        assertEquals("113530099999999003", reply.remoteId());
        wireMock.server().verify(2, postRequestedFor(urlEqualTo("/api/v1/statuses")).withHeader("Idempotency-Key", equalTo("reply-7f3a")));
    }
}
