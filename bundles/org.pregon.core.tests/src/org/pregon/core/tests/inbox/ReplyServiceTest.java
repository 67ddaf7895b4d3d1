package org.pregon.core.tests.inbox;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.ReplyCheck;
import org.pregon.core.inbox.ReplyException;
import org.pregon.core.inbox.ReplyService;
import org.pregon.core.inbox.ReplyWindow;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.ReplyingConnector;
import org.pregon.model.Account;
import org.pregon.model.ApprovalMode;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.AuditEntry;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;
import org.pregon.model.User;

/** Replies: the network's text rules, Meta's 24-hour / 7-day windows, approvals, failures, what is recorded. */
public class ReplyServiceTest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;

    @TempDir
    Path folder;

    private Workspace workspace;
    private final NetworkRegistry networks = NetworkRegistry.read(RegistryFactory.getRegistry());
    private final Clock clock = Clock.fixed(Conversations.NOW, ZoneOffset.UTC);

    @BeforeEach
    public void open() throws Exception {
        workspace = Workspace.open(folder.resolve("ws"));
        ReplyingConnector.REPLIES.clear();
        ReplyingConnector.FAILURES.clear();
        Account account = F.createAccount();
        account.setId("acc-meta");
        account.setNetworkKind("test-replies");
        account.setHandle("ServeiOcupacio");
        workspace.accounts().save(account);
    }

    @AfterEach
    public void close() {
        workspace.close();
    }

    private ReplyService service(String user) {
        return new ReplyService(workspace, networks, id -> new Credentials(Map.of("pageAccessToken", "token-" + id)), user, clock);
    }

    private Conversation asked(String id, java.time.Duration ago) {
        Conversation conversation = Conversations.of(id, "test-replies", "acc-meta").incoming(ago, "Com demane cita?").unread().build();
        workspace.conversations().save(conversation);
        return conversation;
    }

    @Test
    public void within24HoursAStandardReplyGoesOutAndTheConversationNoLongerWaits() throws Exception {
        asked("c-23h", ofHours(23));
        ReplyService replies = service("laia");
        ReplyCheck check = replies.check(workspace.conversations().find("c-23h").orElseThrow(), "Des de la web, en Cita prèvia.");
        assertTrue(check.valid(), check.problems().toString());
        assertEquals(ReplyWindow.State.OPEN, check.window().state());
        assertTrue(check.window().notice().contains("1 h 0 min"), check.window().notice());

        Message sent = replies.reply("c-23h", "Des de la web, en Cita prèvia.", new NullProgressMonitor());

        assertEquals(MessageState.SENT, sent.getState());
        Replier.ReplyRequest request = ReplyingConnector.REPLIES.get(0);
        assertNull(request.tag(), "a standard reply, no tag");
        assertEquals("Des de la web, en Cita prèvia.", request.text());
        assertEquals("m_c-23h_1", request.inReplyToRemoteId());
        assertEquals("t_c-23h", request.conversationRemoteId());
        Conversation stored = workspace.conversations().find("c-23h").orElseThrow();
        Message last = stored.getMessages().get(stored.getMessages().size() - 1);
        assertEquals("m_" + sent.getId(), last.getRemoteId());
        assertEquals("laia", last.getSentBy());
        assertEquals(MessageState.SENT, last.getState());
        assertEquals(ConversationStatus.ANSWERED, stored.getStatus());
        assertEquals(false, stored.isUnread());
        InboxQuery inbox = new InboxQuery(workspace, clock);
        assertEquals(0, inbox.count(InboxFilter.ALL.withOrder(InboxOrder.OLDEST_WAITING_FIRST)), "nothing waits any more");
        assertEquals(1, workspace.archive().count(), "the reply is archived");
        assertEquals("Des de la web, en Cita prèvia.", workspace.archive().newestFirst(0, 1).get(0).text());
        assertTrue(audit().contains("reply-sent"));
        // the response metrics count the reply as the request's answer, written by laia
        java.util.List<Conversation> active = new java.util.ArrayList<>();
        workspace.conversationIndex().forEachActiveSince(InboxFilter.ALL, java.util.Date.from(Conversations.NOW.minus(ofDays(30))),
                active::add);
        org.pregon.core.metrics.Figures figures = org.pregon.core.metrics.ResponseMetrics.compute(active,
                org.pregon.core.metrics.MetricsQuery.all()).overall();
        assertEquals(1, figures.requests());
        assertEquals(1, figures.answered(), "answered by the reply sent from the inbox");
    }

    @Test
    public void after24HoursTheReplyCarriesTheHumanAgentTag() throws Exception {
        asked("c-25h", ofHours(25));
        ReplyService replies = service("laia");
        ReplyWindow window = replies.window(workspace.conversations().find("c-25h").orElseThrow());
        assertEquals(ReplyWindow.State.TAGGED, window.state());
        assertTrue(window.notice().contains("HUMAN_AGENT") && window.notice().contains("5 d 23 h"), window.notice());

        assertEquals(MessageState.SENT, replies.reply("c-25h", "Perdoneu el retard: sí, podeu.", new NullProgressMonitor()).getState());
        assertEquals("HUMAN_AGENT", ReplyingConnector.REPLIES.get(0).tag());
    }

    @Test
    public void afterSevenDaysTheReplyIsRefusedWithAClearMessageAndNothingIsRecorded() throws Exception {
        asked("c-8d", ofDays(8));
        ReplyService replies = service("laia");
        ReplyException refused = assertThrows(ReplyException.class,
                () -> replies.reply("c-8d", "Encara us podem ajudar?", new NullProgressMonitor()));
        assertTrue(refused.getMessage().contains("8 d 0 h") && refused.getMessage().contains("7 d 0 h")
                && refused.getMessage().contains("draft"), refused.getMessage());
        assertEquals(List.of(), ReplyingConnector.REPLIES, "nothing sent");
        assertEquals(1, workspace.conversations().find("c-8d").orElseThrow().getMessages().size(), "nothing recorded");
    }

    @Test
    public void commentsHaveNoWindowAndTheNetworkTextLimitApplies() throws Exception {
        Conversation comment = Conversations.of("c-comment", "test-replies", "acc-meta").kind(ItemKind.COMMENT)
                .incoming(ofDays(30), "Quan és la fira?").build();
        workspace.conversations().save(comment);
        ReplyService replies = service("laia");
        assertEquals(ReplyWindow.NONE, replies.window(comment));
        ReplyCheck tooLong = replies.check(comment, "x".repeat(101));
        assertEquals(false, tooLong.valid());
        assertEquals("101/100", tooLong.countSummary());
        assertThrows(ReplyException.class, () -> replies.submit("c-comment", "x".repeat(101)));
        assertThrows(ReplyException.class, () -> replies.submit("c-comment", "   "));
        assertEquals(MessageState.SENT, replies.reply("c-comment", "El dijous 3.", new NullProgressMonitor()).getState());
    }

    @Test
    public void aRefusalIsRecordedAsFailedWithTheNetworksReason() throws Exception {
        asked("c-fail", ofHours(1));
        ReplyingConnector.FAILURES.add(new RejectedException("(#551) This person isn't available right now.", "551", null));
        Message failed = service("laia").reply("c-fail", "Hola!", new NullProgressMonitor());
        assertEquals(MessageState.FAILED, failed.getState());
        assertTrue(failed.getFailureReason().contains("isn't available"), failed.getFailureReason());
        Conversation stored = workspace.conversations().find("c-fail").orElseThrow();
        assertEquals(ConversationStatus.OPEN, stored.getStatus());
        assertEquals(1, new InboxQuery(workspace, clock).count(InboxFilter.ALL.withOrder(InboxOrder.OLDEST_WAITING_FIRST)),
                "a failed reply answers nothing");
        // sent again: now it goes out
        Message retried = service("laia").send("c-fail", failed.getId(), new NullProgressMonitor());
        assertEquals(MessageState.SENT, retried.getState());
        assertNull(retried.getFailureReason());
        assertTrue(audit().containsAll(List.of("reply-failed", "reply-sent")));
    }

    @Test
    public void repliesNeedingApprovalWaitForAnotherApproverAndNeverTheirAuthor() throws Exception {
        Account account = workspace.accounts().find("acc-meta").orElseThrow();
        ApprovalPolicy policy = F.createApprovalPolicy();
        policy.setMode(ApprovalMode.ONE_APPROVER);
        policy.setRepliesNeedApproval(true);
        account.setApprovalPolicy(policy);
        workspace.accounts().save(account);
        user("laia", Role.EDITOR, Role.APPROVER);
        user("vicent", Role.APPROVER);
        user("dani", Role.EDITOR);
        asked("c-approval", ofHours(2));

        ReplyService laia = service("laia");
        assertTrue(laia.check(workspace.conversations().find("c-approval").orElseThrow(), "Hola").needsApproval());
        Message pending = laia.reply("c-approval", "Hola, Natalia: sí.", new NullProgressMonitor());
        assertEquals(MessageState.PENDING_APPROVAL, pending.getState());
        assertEquals(List.of(), ReplyingConnector.REPLIES, "not sent before approval");
        assertThrows(ReplyException.class, () -> laia.send("c-approval", pending.getId(), new NullProgressMonitor()));
        ReplyException self = assertThrows(ReplyException.class, () -> laia.approve("c-approval", pending.getId()));
        assertTrue(self.getMessage().contains("laia"), self.getMessage());
        assertThrows(ReplyException.class, () -> service("dani").approve("c-approval", pending.getId()), "not an approver");

        Message approved = service("vicent").approve("c-approval", pending.getId());
        assertEquals(MessageState.SENDING, approved.getState());
        Message sent = service("vicent").send("c-approval", pending.getId(), new NullProgressMonitor());
        assertEquals(MessageState.SENT, sent.getState());
        assertEquals("laia", sent.getSentBy(), "the author stays the author");
        assertEquals("Hola, Natalia: sí.", ReplyingConnector.REPLIES.get(0).text());
        assertTrue(audit().containsAll(List.of("reply-submit", "reply-approve", "reply-sent")));
    }

    private void user(String name, Role... roles) {
        User user = F.createUser();
        user.setName(name);
        user.getRoles().addAll(List.of(roles));
        workspace.users().save(user);
    }

    private List<String> audit() {
        return workspace.audit().newest(100).stream().map(AuditEntry::getAction).toList();
    }
}
