package org.pregon.ui.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.accounts.AccountService;
import org.pregon.core.networks.Credentials;
import org.pregon.core.sync.SyncEvents;
import org.pregon.core.sync.SyncResult;
import org.pregon.model.Account;
import org.pregon.model.Conversation;
import org.pregon.model.PregonFactory;
import org.pregon.testing.LocalWireMock;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.sync.SyncJob;
import org.pregon.ui.views.AccountsView;

/**
 * "Synchronize" in the Accounts view against a Mastodon server served by WireMock: the first sync
 * imports the account's status and the reply under it into the archive and the inbox; a later one
 * brings a new reply, marks its conversation unread and tells the user.
 */
public class SyncUITest {
    private static final String ME = "110400000000000001";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private static String status(String id, String inReplyTo, String accountId, String acct, String text, String at) {
        return """
                {"id":"%s","created_at":"%s","in_reply_to_id":%s,"visibility":"public","language":"ca",
                 "url":"https://social.example/@%s/%s","edited_at":null,"content":"<p>%s</p>","reblog":null,
                 "account":{"id":"%s","username":"%s","acct":"%s"},"media_attachments":[]}
                """.formatted(id, at, inReplyTo == null ? "null" : "\"" + inReplyTo + "\"", acct, id, text, accountId, acct, acct);
    }

    private void stub(String replies) {
        wireMock.server().stubFor(get("/api/v1/accounts/verify_credentials").willReturn(okJson(
                "{\"id\":\"" + ME + "\",\"username\":\"ocupacio\",\"acct\":\"ocupacio\"}")));
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/accounts/" + ME + "/statuses")).willReturn(okJson("["
                + status("900", null, ME, "ocupacio", "Obrim la borsa de treball", "2026-11-29T09:00:00.000Z") + "]")));
        wireMock.server().stubFor(get("/api/v1/statuses/900/context").willReturn(okJson(
                "{\"ancestors\":[],\"descendants\":[" + replies + "]}")));
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/conversations")).willReturn(okJson("[]")));
    }

    @Test
    public void synchronizeImportsHistoryAndANewReplyIsNotified() throws Exception {
        useTestSecureStorage();
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-sync-ui-mastodon");
        account.setNetworkKind("mastodon");
        account.setHandle("@ocupacio@social.example");
        account.setServerUrl(wireMock.baseUrl().toString());
        new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(), WorkspaceSession.secrets(), "test")
                .save(account, new Credentials(Map.of("accessToken", "mastodon-token")));
        String question = status("901", "900", "77", "veina@altra.example", "On cal inscriure's?", "2026-11-29T09:30:00.000Z");
        stub(question);
        AccountsView view = UiTestSupport.show(AccountsView.ID);
        view.refresh();

        SyncJob first = (SyncJob) view.synchronize(List.of(account));
        waitFor(first);
        assertEquals(IStatus.INFO, first.getResult().getSeverity(), String.valueOf(first.getResult()));
        SyncResult imported = first.results().get(0);
        assertEquals(SyncResult.Outcome.COMPLETED, imported.outcome(), imported.problem());
        assertEquals(2, imported.added());
        assertEquals("Obrim la borsa de treball",
                WorkspaceSession.current().sync().inTransaction("test", b -> b.item(account.getId(), "900")).orElseThrow().getText());
        Conversation thread = conversation("901");
        assertEquals("900", thread.getPostRemoteId());

        // the open Inbox shows what a sync brings without being asked to
        org.pregon.ui.views.InboxView inbox = UiTestSupport.show(org.pregon.ui.views.InboxView.ID);
        waitFor(inbox.inbox().refresh());
        String threadId = thread.getId();

        // a citizen answers again: the next sync brings it, the conversation is unread and the user is told
        List<SyncResult> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.pregon.core.sync.SyncListener listener = heard::add;
        SyncEvents.addListener(listener);
        try {
            stub(question + "," + status("902", "901", "77", "veina@altra.example", "Gràcies, i el termini?", "2026-11-30T08:00:00.000Z"));
            SyncJob second = (SyncJob) view.synchronize(List.of(account));
            waitFor(second);
            assertEquals(1, second.results().get(0).newIncoming());
            waitUntil(() -> !heard.isEmpty(), "the sync event");
            assertTrue(conversation("901").isUnread());
            waitUntil(() -> inboxRowShows(inbox, threadId, "termini"), "the open Inbox showing the new reply");
            waitUntil(() -> WorkspaceSession.syncNotifier().lastShown() != null, "the notification");
            String shown = WorkspaceSession.syncNotifier().lastShown();
            assertTrue(shown.contains("1") && shown.contains("@ocupacio@social.example"), shown);
        } finally {
            SyncEvents.removeListener(listener);
        }
    }

    /** Whether the Inbox's row of the conversation (reading it fills the virtual row) shows the text. */
    private static boolean inboxRowShows(org.pregon.ui.views.InboxView inbox, String conversationId, String text) {
        int index = inbox.inbox().indexOf(conversationId, inbox.inbox().table().getItemCount());
        if (index < 0) {
            return false;
        }
        org.eclipse.swt.widgets.TableItem row = inbox.inbox().table().getItem(index);
        for (int column = 0; column < inbox.inbox().table().getColumnCount(); column++) {
            if (row.getText(column).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static Conversation conversation(String remoteId) {
        return WorkspaceSession.current().conversations().list().stream().filter(c -> remoteId.equals(c.getRemoteId()))
                .findFirst().orElseThrow(() -> new AssertionError("no conversation " + remoteId));
    }

    private static void waitFor(Job job) {
        waitUntil(() -> job.getResult() != null, job.getName());
        assertNotNull(job.getResult());
    }

    private static void useTestSecureStorage() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("sync".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path storage = Files.createTempFile("pregon-sync", ".storage");
        WorkspaceSession.useSecrets(new AccountSecrets(SecurePreferencesFactory.open(storage.toUri().toURL(), options)));
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
