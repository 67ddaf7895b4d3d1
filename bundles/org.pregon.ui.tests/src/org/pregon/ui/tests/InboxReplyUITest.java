package org.pregon.ui.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.accounts.AccountService;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.Waiting;
import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonFactory;
import org.pregon.testing.LocalWireMock;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.inbox.InboxPart;
import org.pregon.ui.views.InboxView;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The inbox end to end: a citizen's private message waits on a Facebook Page (the Graph API served by
 * WireMock on 127.0.0.1); the user opens the Inbox, selects the conversation, types a reply and sends
 * it. The Send API receives exactly the typed text, the reply appears in the thread, the conversation
 * no longer waits. When Meta refuses, the typed text stays in the box and as a draft.
 */
public class InboxReplyUITest {
    private static final String PAGE_ID = "104857600123456";
    private static final String PSID = "6783049128371645";
    private static final String THREAD = "t_10161537437327245";
    private static final String MESSAGES = "/v21.0/" + PAGE_ID + "/messages";
    private static final String QUESTION = "Bon dia! On puc consultar les ofertes del programa de primera ocupació?";
    private static final String ANSWER = "Bon dia, Marta! Les trobaràs en ocupacio.example.gva/primera-ocupacio; si tens dubtes, demana cita.";

    private static final java.util.regex.Pattern ANSWERED = java.util.regex.Pattern.compile("\\((\\d+) of (\\d+) requests");

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private AccountService accounts;
    private Account facebook;
    private String conversationId;

    @BeforeEach
    public void pageWithAWaitingMessage() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("inbox".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path storage = Files.createTempFile("pregon-inbox", ".storage");
        WorkspaceSession.useSecrets(new AccountSecrets(SecurePreferencesFactory.open(storage.toUri().toURL(), options)));
        accounts = new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(), WorkspaceSession.secrets(), "test");
        facebook = PregonFactory.eINSTANCE.createAccount();
        facebook.setId("acc-inbox-fb");
        facebook.setNetworkKind("facebook");
        facebook.setHandle("ocupacio.inbox");
        facebook.setServerUrl(wireMock.baseUrl().toString().replaceAll("/$", "") + "/v21.0");
        accounts.save(facebook, new Credentials(Map.of("pageId", PAGE_ID, "pageAccessToken", "EAAG-inbox-token")));

        Conversation conversation = PregonFactory.eINSTANCE.createConversation();
        conversationId = "conv-inbox-ui-" + System.nanoTime();
        conversation.setId(conversationId);
        conversation.setAccountId(facebook.getId());
        conversation.setNetworkKind("facebook");
        conversation.setKind(ItemKind.MESSAGE);
        conversation.setRemoteId(THREAD);
        conversation.setParticipant("Marta Soler");
        conversation.setStatus(ConversationStatus.OPEN);
        conversation.setUnread(true);
        Message question = PregonFactory.eINSTANCE.createMessage();
        question.setId(conversationId + "-1");
        question.setRemoteId("m_question");
        question.setDirection(Direction.INCOMING);
        question.setAuthor("Marta Soler");
        question.setSentAt(Date.from(Instant.now().minus(Duration.ofHours(2))));
        question.setText(QUESTION);
        conversation.getMessages().add(question);
        WorkspaceSession.current().conversations().save(conversation);

        WireMockServer server = wireMock.server();
        server.stubFor(get(urlPathEqualTo("/v21.0/" + THREAD)).withQueryParam("fields", equalTo("participants"))
                .willReturn(okJson("{\"participants\":{\"data\":[{\"name\":\"Marta Soler\",\"email\":\"" + PSID
                        + "@facebookmail.com\",\"id\":\"" + PSID + "\"},{\"name\":\"Servei d'Ocupació\",\"email\":\"" + PAGE_ID
                        + "@facebookmail.com\",\"id\":\"" + PAGE_ID + "\"}]},\"id\":\"" + THREAD + "\"}")));
    }

    @AfterEach
    public void cleanUp() throws Exception {
        WorkspaceSession.current().conversations().delete(conversationId);
        WorkspaceSession.current().replyDrafts().delete(conversationId);
        accounts.remove(facebook);
        // a sent reply stays in the archive (the record is never removed): an open Archive view shows it from now on
        org.eclipse.ui.IViewPart archive = UiTestSupport.page().findView(org.pregon.ui.views.ArchiveView.ID);
        if (archive instanceof org.pregon.ui.views.ArchiveView view) {
            view.refresh();
        }
    }

    @Test
    public void answerAWaitingMessageFromTheInbox() throws Exception {
        wireMock.server().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson(
                "{\"recipient_id\":\"" + PSID + "\",\"message_id\":\"m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_reply\"}")));
        InboxQuery query = new InboxQuery(WorkspaceSession.current());
        InboxFilter queue = InboxFilter.ALL.withOrder(InboxOrder.OLDEST_WAITING_FIRST);
        long waitingBefore = query.count(queue);
        InboxPart inbox = openInbox();
        String headerBefore = inbox.headerText();
        waitUntil(() -> inbox.metricsText().startsWith("Last 30 days: response rate"), "the header's response figures: "
                + inbox.metricsText());
        String metricsBefore = inbox.metricsText();
        java.util.regex.Matcher before = ANSWERED.matcher(metricsBefore);
        assertTrue(before.find(), metricsBefore);
        int answeredBefore = Integer.parseInt(before.group(1));
        int requests = Integer.parseInt(before.group(2));
        assertTrue(headerBefore.contains("\u00b7 " + waitingBefore + " waiting"), headerBefore);

        inbox.select(inbox.indexOf(conversationId, 2_000));
        assertTrue(inbox.threadText().getText().contains(QUESTION), inbox.threadText().getText());
        assertTrue(inbox.windowNoticeText().startsWith("Reply window open for another 21 h") 
                || inbox.windowNoticeText().startsWith("Reply window open for another 22 h"), inbox.windowNoticeText());
        assertFalse(inbox.sendButton().isEnabled(), "nothing typed yet");
        inbox.replyText().setText(ANSWER);
        assertTrue(inbox.sendButton().isEnabled(), inbox.problemsText());
        assertEquals("Send", inbox.sendButton().getText(), "no approval policy on this account");

        Job sending = inbox.send();
        assertNotNull(sending);
        sending.join();
        waitUntil(() -> "Reply sent.".equals(inbox.outcomeText()), "the outcome reaches the pane: " + inbox.outcomeText());

        // what Meta received: the typed text, as a standard response to the person's PSID
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer EAAG-inbox-token"))
                .withRequestBody(equalToJson("{\"recipient\":{\"id\":\"" + PSID + "\"},\"messaging_type\":\"RESPONSE\","
                        + "\"message\":{\"text\":\"" + ANSWER + "\"}}")));
        // what the user sees: the reply in the thread, an empty box, one conversation less waiting
        assertTrue(inbox.threadText().getText().contains(ANSWER), inbox.threadText().getText());
        assertEquals("", inbox.replyText().getText());
        waitUntil(() -> inbox.headerText().contains("\u00b7 " + (waitingBefore - 1) + " waiting"), "the header counts one less waiting: "
                + inbox.headerText());
        // and the header's response rate counts the new answer: one more answered of the same requests
        waitUntil(() -> inbox.metricsText().contains("(" + (answeredBefore + 1) + " of " + requests + " requests"),
                "the response rate changes: " + metricsBefore + " -> " + inbox.metricsText() + "; stored: "
                        + WorkspaceSession.current().conversations().find(conversationId).map(c -> c.getStatus() + " "
                                + c.getMessages().stream().map(m -> m.getDirection() + "/" + m.getState() + "/" + m.getSentAt()).toList())
                                .orElse("gone"));
        String rateBefore = metricsBefore.substring(0, metricsBefore.indexOf('('));
        String rateAfter = inbox.metricsText().substring(0, inbox.metricsText().indexOf('('));
        assertFalse(rateBefore.equals(rateAfter), "the rate itself moved: " + rateBefore + " -> " + rateAfter);
        Conversation stored = WorkspaceSession.current().conversations().find(conversationId).orElseThrow();
        assertNull(Waiting.since(stored));
        assertEquals(ConversationStatus.ANSWERED, stored.getStatus());
        Message sent = stored.getMessages().get(1);
        assertEquals(MessageState.SENT, sent.getState());
        assertEquals("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_reply", sent.getRemoteId());
        assertEquals(WorkspaceSession.user(), sent.getSentBy());
        assertEquals(waitingBefore - 1, query.count(queue));
        assertTrue(WorkspaceSession.current().replyDrafts().find(conversationId).isEmpty(), "no draft left once sent");
    }

    @Test
    public void aRefusedReplyKeepsWhatWasTyped() throws Exception {
        wireMock.server().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"(#551) This person isn't available right now.\",\"type\":\"OAuthException\","
                        + "\"code\":551,\"error_subcode\":1545041,\"fbtrace_id\":\"AbC123\"}}")));
        InboxPart inbox = openInbox();
        inbox.select(inbox.indexOf(conversationId, 2_000));
        inbox.replyText().setText(ANSWER);

        inbox.send().join();
        waitUntil(() -> inbox.outcomeText().startsWith("The reply was not sent"), "the refusal reaches the pane");

        assertTrue(inbox.outcomeText().contains("cannot receive messages from the Page"), inbox.outcomeText());
        assertEquals(ANSWER, inbox.replyText().getText(), "the typed text stays in the box");
        assertEquals(ANSWER, WorkspaceSession.current().replyDrafts().find(conversationId).orElseThrow(), "and is kept as a draft");
        assertTrue(inbox.threadText().getText().contains("not sent:"), inbox.threadText().getText());
        Conversation stored = WorkspaceSession.current().conversations().find(conversationId).orElseThrow();
        assertNotNull(Waiting.since(stored), "a failed reply answers nothing");
        // selecting the conversation again brings the draft back
        inbox.select(inbox.indexOf(conversationId, 2_000));
        assertEquals(ANSWER, inbox.replyText().getText());
    }

    private InboxPart openInbox() throws Exception {
        InboxView view = UiTestSupport.show(InboxView.ID);
        InboxPart inbox = view.inbox();
        inbox.refresh().join();
        UiTestSupport.processEvents(); // the counts and the response figures the refresh posted to the UI thread
        waitUntil(() -> inbox.indexOf(conversationId, 2_000) >= 0, "the conversation is listed");
        return inbox;
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
