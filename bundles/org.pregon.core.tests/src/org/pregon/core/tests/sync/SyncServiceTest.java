package org.pregon.core.tests.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncEvents;
import org.pregon.core.sync.SyncListener;
import org.pregon.core.sync.SyncResult;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.Note;
import org.pregon.model.PregonFactory;
import org.pregon.testing.MutableClock;

/**
 * The sync jobs against a network in memory that pages like the real ones: history import, then new,
 * edited and deleted items; resuming after a cancel and after a rate limit without reading a page twice
 * or writing an item twice; on an embedded workspace and on PostgreSQL.
 */
public class SyncServiceTest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private final FakeHistory network = new FakeHistory();
    private final MutableClock clock = new MutableClock(NOW);
    private final Account account = account();

    private static Account account() {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-sync");
        account.setNetworkKind("fake");
        account.setHandle("@ajuntament");
        return account;
    }

    /** Five posts (three pages), comments under two of them, one private conversation. */
    private void history() {
        for (int i = 5; i >= 1; i--) {
            network.posts.add(FakeHistory.post("p" + i, "Avís " + i, NOW.minus(Duration.ofDays(6 - i))));
        }
        Instant p5 = NOW.minus(Duration.ofDays(1));
        network.comments.put("p5", new ArrayList<>(List.of(
                FakeHistory.comment("c1", "p5", "c1", "@veina", false, "Quan obri el termini?", p5.plusSeconds(600)),
                FakeHistory.comment("c2", "p5", "c1", "@ajuntament", true, "Dilluns a les 9.", p5.plusSeconds(1200)),
                FakeHistory.comment("c3", "p5", "c3", "@altre", false, "Gràcies!", p5.plusSeconds(1800)))));
        network.comments.put("p4", new ArrayList<>(List.of(
                FakeHistory.comment("c4", "p4", "c4", "@veina", false, "I per a majors de 45?", p5.minusSeconds(3600)))));
        network.messages.add(FakeHistory.message("m1", "k1", "@veina", false, "Hola, tinc un dubte", NOW.minusSeconds(7200)));
        network.messages.add(FakeHistory.message("m2", "k1", "@ajuntament", true, "Digueu", NOW.minusSeconds(3600)));
    }

    private SyncService service(Workspace workspace) {
        workspace.accounts().save(account);
        return new SyncService(workspace, kind -> Optional.of(network.connector()), id -> new Credentials(Map.of()), clock);
    }

    private SyncResult sync(SyncService service) {
        return service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());
    }

    @Test
    public void firstSyncImportsPostsCommentsAndMessagesWithoutNotifying() throws Exception {
        history();
        try (Workspace workspace = Workspace.open(folder)) {
            SyncResult result = sync(service(workspace));

            assertEquals(SyncResult.Outcome.COMPLETED, result.outcome(), result.problem());
            assertEquals(11, result.added());
            assertEquals(0, result.newIncoming(), "a history import is not news");
            assertEquals(11, workspace.archive().count());
            ArchivedItem post = item(workspace, "p5");
            assertEquals("Avís 5", post.getText());
            assertEquals(1, post.getRevisions().size());
            assertEquals(ItemKind.POST, post.getKind());
            assertEquals("https://net.example/p/p5", post.getUrl());

            assertEquals(4, workspace.conversations().count());
            Conversation thread = conversation(workspace, "c1");
            assertEquals(ItemKind.COMMENT, thread.getKind());
            assertEquals("p5", thread.getPostRemoteId());
            assertEquals("@veina", thread.getParticipant());
            assertEquals(List.of("c1", "c2"), thread.getMessages().stream().map(Message::getRemoteId).toList());
            assertEquals(Direction.OUTGOING, thread.getMessages().get(1).getDirection());
            assertEquals(ConversationStatus.ANSWERED, thread.getStatus(), "our reply is the last word");
            assertFalse(thread.isUnread());
            Conversation dm = conversation(workspace, "k1");
            assertEquals(ItemKind.MESSAGE, dm.getKind());
            assertEquals(2, dm.getMessages().size());
        }
    }

    @Test
    public void aLaterSyncPicksUpNewEditedAndDeletedItemsOnSqlite() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            newEditedAndDeleted(workspace);
        }
    }

    @Test
    public void aLaterSyncPicksUpNewEditedAndDeletedItemsOnPostgres() throws Exception {
        onPostgres(this::newEditedAndDeleted);
    }

    private void newEditedAndDeleted(Workspace workspace) throws Exception {
        history();
        SyncService service = service(workspace);
        assertEquals(SyncResult.Outcome.COMPLETED, sync(service).outcome());
        // what the team set in Pregón meanwhile
        Conversation thanks = conversation(workspace, "c3");
        thanks.setStatus(ConversationStatus.NO_REPLY_NEEDED);
        thanks.setAssignee("marta");
        Note note = PregonFactory.eINSTANCE.createNote();
        note.setAuthor("marta");
        note.setText("Només dona les gràcies");
        thanks.getNotes().add(note);
        thanks.getMessages().get(0).setNoReplyNeeded(true);
        workspace.conversations().save(thanks);
        Conversation question = conversation(workspace, "c1");
        question.setAssignee("jordi");
        workspace.conversations().save(question);

        // and on the network: an edit, a deleted post, a deleted comment, a new question, a new post
        clock.advance(Duration.ofHours(1));
        Instant editedAt = clock.instant().minusSeconds(60);
        network.posts.set(2, HistoryItem.post("p3", "@ajuntament", "Avís 3 (corregit)", network.posts.get(2).createdAt(),
                editedAt, "https://net.example/p/p3", List.of(), "ca"));
        network.posts.removeIf(p -> p.remoteId().equals("p2"));
        network.posts.add(0, FakeHistory.post("p6", "Avís 6", clock.instant().minusSeconds(300)));
        network.comments.get("p5").removeIf(c -> c.remoteId().equals("c3"));
        network.comments.get("p5").add(FakeHistory.comment("c5", "p5", "c1", "@veina", false, "I on cal anar?",
                clock.instant().minusSeconds(120)));
        List<SyncResult> heard = new ArrayList<>();
        SyncListener listener = heard::add;
        SyncEvents.addListener(listener);
        SyncResult result;
        try {
            result = sync(service);
        } finally {
            SyncEvents.removeListener(listener);
        }

        assertEquals(SyncResult.Outcome.COMPLETED, result.outcome(), result.problem());
        assertEquals(2, result.added(), "p6 and c5");
        assertEquals(1, result.edited());
        assertEquals(2, result.deleted(), "p2 and c3");
        assertEquals(1, result.newIncoming());
        assertEquals(List.of(result), heard);
        assertEquals(13, workspace.archive().count(), "nothing removed, nothing doubled");

        ArchivedItem edited = item(workspace, "p3");
        assertEquals("Avís 3 (corregit)", edited.getText());
        assertEquals(List.of("Avís 3", "Avís 3 (corregit)"), edited.getRevisions().stream().map(r -> r.getText()).toList());
        assertEquals(Date.from(editedAt), edited.getEditedAt());
        assertEquals(Date.from(editedAt), edited.getRevisions().get(1).getEditedAt());
        assertNull(edited.getDeletedAt());
        ArchivedItem gonePost = item(workspace, "p2");
        assertEquals(Date.from(clock.instant()), gonePost.getDeletedAt());
        assertEquals("Avís 2", gonePost.getText(), "kept as it was");
        assertNotNull(item(workspace, "c3").getDeletedAt());
        assertNull(item(workspace, "c1").getDeletedAt());

        Conversation asked = conversation(workspace, "c1");
        assertTrue(asked.isUnread());
        assertEquals(ConversationStatus.OPEN, asked.getStatus(), "the citizen asked again");
        assertEquals("jordi", asked.getAssignee());
        assertEquals(List.of("c1", "c2", "c5"), asked.getMessages().stream().map(Message::getRemoteId).toList());
        Conversation kept = conversation(workspace, "c3");
        assertEquals(ConversationStatus.NO_REPLY_NEEDED, kept.getStatus());
        assertEquals("marta", kept.getAssignee());
        assertEquals(1, kept.getNotes().size());
        assertTrue(kept.getMessages().get(0).isNoReplyNeeded());
        assertFalse(conversation(workspace, "k1").isUnread());
    }

    @Test
    public void aSyncCancelledBetweenPagesResumesWithTheNextPageOnSqlite() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            resumeAfterCancel(workspace);
        }
    }

    @Test
    public void aSyncCancelledBetweenPagesResumesWithTheNextPageOnPostgres() throws Exception {
        onPostgres(this::resumeAfterCancel);
    }

    private void resumeAfterCancel(Workspace workspace) {
        history();
        SyncService service = service(workspace);
        network.cancelAfter = "posts - 2";
        SyncResult stopped = sync(service);
        assertEquals(SyncResult.Outcome.CANCELED, stopped.outcome());
        assertEquals(4, workspace.archive().count(), "the two pages read are kept");
        assertEquals("4", workspace.sync().state(account.getId(), "posts").cursor());

        network.cancelAfter = "comments p5 2"; // stopped again, in the middle of a post's comments
        assertEquals(SyncResult.Outcome.CANCELED, sync(service).outcome());
        network.cancelAfter = null;
        SyncResult finished = sync(service);

        assertEquals(SyncResult.Outcome.COMPLETED, finished.outcome(), finished.problem());
        assertEquals(List.of("posts - null", "posts - 2", "posts - 4", "comments p5 null", "comments p5 2",
                "comments p4 null", "comments p3 null", "comments p2 null", "comments p1 null", "messages - null"),
                network.requests, "every page read once");
        assertEquals(11, workspace.archive().count());
        assertEquals(4, workspace.conversations().count());
        assertEquals(2, conversation(workspace, "c1").getMessages().size());
        assertEquals(0, finished.deleted(), "a resumed pass still saw everything");
    }

    @Test
    public void aRateLimitDefersTheAccountUntilRetryAfterThenResumesWithoutDuplicates() throws Exception {
        history();
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace);
            network.rateLimitAt.add("comments p5 2");

            SyncResult limited = sync(service);
            assertEquals(SyncResult.Outcome.DEFERRED, limited.outcome());
            assertEquals(NOW.plus(Duration.ofMinutes(15)), limited.deferredUntil());
            assertTrue(limited.problem().contains("@ajuntament"), limited.problem());
            int asked = network.requests.size();

            clock.advance(Duration.ofMinutes(5));
            assertEquals(SyncResult.Outcome.DEFERRED, sync(service).outcome());
            assertEquals(asked, network.requests.size(), "not asked again before Retry-After");

            clock.advance(Duration.ofMinutes(11));
            SyncResult resumed = sync(service);
            assertEquals(SyncResult.Outcome.COMPLETED, resumed.outcome(), resumed.problem());
            assertEquals(11, workspace.archive().count());
            assertEquals(3, conversation(workspace, "c1").getMessages().size() + conversation(workspace, "c3").getMessages().size());
            List<String> answered = network.requests.stream().filter(r -> !r.endsWith(" 429")).toList();
            assertEquals(answered.size(), new HashSet<>(answered).size(), "no page read twice: " + network.requests);
            assertTrue(answered.contains("comments p5 2"));
        }
    }

    @Test
    public void anOutageInTheCommentsStillSyncsTheMessagesAndTheCommentsResumeNextTime() throws Exception {
        history();
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace);
            network.outageAt.add("comments p4 null");

            SyncResult partial = sync(service);
            assertEquals(SyncResult.Outcome.FAILED, partial.outcome());
            assertEquals("Service Unavailable", partial.problem());
            assertEquals(2, conversation(workspace, "k1").getMessages().size(), "messages synced all the same");
            assertEquals("p4", workspace.sync().state(account.getId(), "comments").scope());

            SyncResult resumed = sync(service);
            assertEquals(SyncResult.Outcome.COMPLETED, resumed.outcome(), resumed.problem());
            assertEquals(11, workspace.archive().count());
            assertTrue(network.requests.indexOf("comments p5 null") == network.requests.lastIndexOf("comments p5 null"),
                    "the comments already read are not read again: " + network.requests);
        }
    }

    @Test
    public void aPostThePublisherArchivedIsMatchedNotDoubledAndMarkedDeletedWhenGone() throws Exception {
        history();
        try (Workspace workspace = Workspace.open(folder)) {
            ArchivedItem published = PregonFactory.eINSTANCE.createArchivedItem();
            published.setId("published-by-pregon");
            published.setAccountId(account.getId());
            published.setNetworkKind("fake");
            published.setKind(ItemKind.POST);
            published.setRemoteId("p4");
            published.setText("Avís 4");
            published.setCreatedAt(Date.from(network.posts.get(1).createdAt()));
            published.setCampaignId("campanya-ocupacio");
            workspace.archive().save(published);
            SyncService service = service(workspace);

            sync(service);
            assertEquals(11, workspace.archive().count());
            ArchivedItem matched = workspace.archive().find("published-by-pregon").orElseThrow();
            assertEquals("campanya-ocupacio", matched.getCampaignId());
            assertEquals("https://net.example/p/p4", matched.getUrl());

            clock.advance(Duration.ofHours(2));
            network.posts.remove(1);
            SyncResult result = sync(service);
            assertEquals(1, result.deleted());
            assertEquals(Date.from(clock.instant()), workspace.archive().find("published-by-pregon").orElseThrow().getDeletedAt());
        }
    }

    private ArchivedItem item(Workspace workspace, String remoteId) {
        return workspace.sync().inTransaction("test", batch -> batch.item(account.getId(), remoteId)).orElseThrow();
    }

    private static Conversation conversation(Workspace workspace, String remoteId) {
        return workspace.conversations().list().stream().filter(c -> remoteId.equals(c.getRemoteId())).findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + remoteId));
    }

    @FunctionalInterface
    private interface Scenario {
        void run(Workspace workspace) throws Exception;
    }

    private static void onPostgres(Scenario scenario) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_sync_" + Long.toHexString(System.nanoTime());
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (Workspace workspace = Workspace.openShared(new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials),
                Migrations.bundled())) {
            scenario.run(workspace);
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
