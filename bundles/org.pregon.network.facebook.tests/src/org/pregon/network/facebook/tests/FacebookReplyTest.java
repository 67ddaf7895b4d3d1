package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.model.ItemKind;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

/**
 * Replies through the Messenger Send API and comment replies, against Meta's documented request and
 * response shapes, including the refusals a reply meets (outside the window, person unavailable).
 */
public class FacebookReplyTest {
    private static final String CONVERSATION = "t_10161537437327245";
    private static final String PSID = "6783049128371645";
    private static final String MESSAGES = GraphApi.path(GraphApi.PAGE_ID + "/messages");
    private static final String TEXT = "Hola, Natalia: pots demanar cita en ocupacio.example.gva/cita-previa.";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final Replier replier = new FacebookConnector(client -> client.sleeper(sleeper)).replier().orElseThrow();

    private Replier.ReplyRequest request(ItemKind kind, String conversation, String tag) {
        return new Replier.ReplyRequest(GraphApi.account(wireMock), kind, conversation, "104857600123456_1200064576022560",
                "m_FVUh_WG6MFcS41HSUng_ce7By6qMPeEtbGmn25u8PEy", "Natalia Ortega", TEXT, tag, "reply-1");
    }

    private void stubParticipants() {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(CONVERSATION))).withQueryParam("fields", equalTo("participants"))
                .willReturn(okJson("{\"participants\":{\"data\":[{\"name\":\"Natalia Ortega\",\"email\":\"" + PSID
                        + "@facebookmail.com\",\"id\":\"" + PSID + "\"},{\"name\":\"Servei d'Ocupació\",\"email\":\""
                        + GraphApi.PAGE_ID + "@facebookmail.com\",\"id\":\"" + GraphApi.PAGE_ID + "\"}]},\"id\":\"" + CONVERSATION + "\"}")));
    }

    @Test
    public void metaWindowsApplyToPrivateMessagesNotToComments() {
        Replier.Window window = replier.windowFor(ItemKind.MESSAGE);
        assertEquals(Duration.ofHours(24), window.standard());
        assertEquals(Duration.ofDays(7), window.tagged());
        assertEquals("HUMAN_AGENT", window.tag());
        assertNull(replier.windowFor(ItemKind.COMMENT));
    }

    @Test
    public void aStandardReplyGoesToTheParticipantsPsidAsAResponse() throws Exception {
        stubParticipants();
        wireMock.server().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(
                "{\"recipient_id\":\"" + PSID + "\",\"message_id\":\"m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P\"}")));

        Replier.Reply reply = replier.reply(request(ItemKind.MESSAGE, CONVERSATION, null), GraphApi.CREDENTIALS, new NullProgressMonitor());

        assertTrue(reply.remoteId().startsWith("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM"), reply.remoteId());
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + GraphApi.TOKEN))
                .withRequestBody(equalToJson("{\"recipient\":{\"id\":\"" + PSID + "\"},\"messaging_type\":\"RESPONSE\","
                        + "\"message\":{\"text\":\"" + TEXT + "\"}}")));
    }

    @Test
    public void aLateReplyCarriesTheHumanAgentTag() throws Exception {
        stubParticipants();
        wireMock.server().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(
                "{\"recipient_id\":\"" + PSID + "\",\"message_id\":\"m_late\"}")));

        replier.reply(request(ItemKind.MESSAGE, CONVERSATION, "HUMAN_AGENT"), GraphApi.CREDENTIALS, new NullProgressMonitor());

        wireMock.server().verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("{\"recipient\":{\"id\":\""
                + PSID + "\"},\"messaging_type\":\"MESSAGE_TAG\",\"tag\":\"HUMAN_AGENT\",\"message\":{\"text\":\"" + TEXT + "\"}}")));
    }

    @Test
    public void aCommentIsAnsweredUnderItsTopLevelComment() throws Exception {
        String comment = "1200064576022560_1033219455113764";
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(comment + "/comments")))
                .willReturn(okJson("{\"id\":\"1200064576022560_1033219455998877\"}")));

        Replier.Reply reply = replier.reply(request(ItemKind.COMMENT, comment, null), GraphApi.CREDENTIALS, new NullProgressMonitor());

        assertEquals("1200064576022560_1033219455998877", reply.remoteId());
        wireMock.server().verify(postRequestedFor(urlPathEqualTo(GraphApi.path(comment + "/comments")))
                .withFormParam("message", equalTo(TEXT)));
    }

    @Test
    public void outsideTheWindowMetaRefusesAndTheUserIsToldWhatToDo() {
        stubParticipants();
        wireMock.server().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(GraphApi.graphError(400, 10, 2018278, "OAuthException",
                "(#10) This message is sent outside of allowed window. Learn more about the new policy here: "
                        + "https://developers.facebook.com/docs/messenger-platform/policy-overview", "AbCdEf123")));

        RejectedException e = assertThrows(RejectedException.class,
                () -> replier.reply(request(ItemKind.MESSAGE, CONVERSATION, null), GraphApi.CREDENTIALS, new NullProgressMonitor()));

        assertTrue(e.getMessage().startsWith("Meta refused the reply: it is outside the allowed reply window"), e.getMessage());
        assertTrue(e.getMessage().contains("(#10) This message is sent outside of allowed window"), "Meta's own words are kept");
        assertEquals("10", e.networkCode());
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    public void aPersonWhoCannotReceiveMessagesIsReported() {
        stubParticipants();
        wireMock.server().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(GraphApi.graphError(400, 551, 1545041, "OAuthException",
                "(#551) This person isn't available right now.", "GhIjKl456")));

        RejectedException e = assertThrows(RejectedException.class,
                () -> replier.reply(request(ItemKind.MESSAGE, CONVERSATION, null), GraphApi.CREDENTIALS, new NullProgressMonitor()));

        assertTrue(e.getMessage().contains("cannot receive messages from the Page"), e.getMessage());
        assertTrue(e.getMessage().contains("This person isn't available right now"), e.getMessage());
        assertEquals(0, sleeper.waits().size(), "a refusal is not retried");
    }

    @Test
    public void aConversationWithoutAnotherParticipantIsRefusedBeforeSending() {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(CONVERSATION))).willReturn(okJson(
                "{\"participants\":{\"data\":[{\"name\":\"Servei d'Ocupació\",\"id\":\"" + GraphApi.PAGE_ID + "\"}]},\"id\":\"" + CONVERSATION + "\"}")));
        RejectedException e = assertThrows(RejectedException.class,
                () -> replier.reply(request(ItemKind.MESSAGE, CONVERSATION, null), GraphApi.CREDENTIALS, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains(CONVERSATION), e.getMessage());
        wireMock.server().verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }
}
