package org.pregon.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.Waiting;
import org.pregon.core.store.EmfCodec;
import org.pregon.core.store.SqliteDialect;
import org.pregon.core.store.Workspace;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.inbox.InboxPart;
import org.pregon.ui.views.InboxView;

/**
 * Benchmark, not a test (run with -Pbenchmark): a workspace with 100,000 conversations, opened in the
 * real Inbox view. Times the first screen, scrolling page by page through the list and jumping deep
 * into it, and the store's count and page reads at deep offsets with filters. Prints BENCH lines.
 */
public class InboxScrollBenchmark {
    private static final int CONVERSATIONS = Integer.getInteger("pregon.bench.conversations", 100_000);
    private static final String[] NETWORKS = { "facebook", "instagram", "x", "mastodon", "bluesky", "youtube" };

    @Test
    public void scrollA100kConversationInbox() throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "pregon-inbox-bench-" + CONVERSATIONS);
        ensureGenerated(folder);
        Workspace demo = WorkspaceSession.current();
        try (Workspace big = Workspace.open(folder)) {
            queries(big);
            IViewPart old = UiTestSupport.page().findView(InboxView.ID);
            if (old != null) {
                UiTestSupport.page().hideView(old);
            }
            UiTestSupport.processEvents();
            WorkspaceSession.start(big);
            long start = System.nanoTime();
            InboxView view = UiTestSupport.show(InboxView.ID);
            InboxPart inbox = view.inbox();
            inbox.refresh().join();
            while (inbox.shownCount() != CONVERSATIONS) {
                UiTestSupport.processEvents();
            }
            Table table = inbox.table();
            String first = table.getItem(0).getText(3);
            System.out.printf("BENCH inbox of %,d conversations: first screen %d ms (first row: %s)%n", CONVERSATIONS,
                    (System.nanoTime() - start) / 1_000_000, first.substring(0, Math.min(40, first.length())));
            List<Long> steps = new ArrayList<>();
            int visible = Math.max(1, table.getClientArea().height / table.getItemHeight());
            for (int top = 0; top < 4_000; top += visible) {
                long t = System.nanoTime();
                table.setTopIndex(top);
                table.getItem(top).getText(3); // what SWT paints: forces the row's data
                UiTestSupport.processEvents();
                steps.add(System.nanoTime() - t);
            }
            report("scroll one screen (" + visible + " rows)", steps);
            // the window grows as the user nears its end: walk it out to the last row
            List<Long> jumps = new ArrayList<>();
            while (table.getItemCount() < CONVERSATIONS) {
                long t = System.nanoTime();
                int last = table.getItemCount() - 1;
                table.setTopIndex(last);
                table.getItem(last).getText(3);
                UiTestSupport.processEvents();
                jumps.add(System.nanoTime() - t);
            }
            long t = System.nanoTime();
            table.setTopIndex(CONVERSATIONS - 1);
            String lastRow = table.getItem(CONVERSATIONS - 1).getText(3);
            UiTestSupport.processEvents();
            jumps.add(System.nanoTime() - t);
            report("jump to the end of the window (growing by 5,000 rows)", jumps);
            System.out.printf("BENCH last row reached (%s); rows read from the store: %,d of %,d%n",
                    lastRow.substring(0, Math.min(30, lastRow.length())), inbox.loadedRows(), CONVERSATIONS);
            UiTestSupport.page().hideView(view);
            UiTestSupport.processEvents();
        } finally {
            WorkspaceSession.start(demo);
        }
    }

    private static void queries(Workspace big) {
        InboxQuery inbox = new InboxQuery(big);
        List<InboxFilter> filters = List.of(InboxFilter.ALL, InboxFilter.ALL.withNetwork("mastodon"),
                InboxFilter.ALL.withOrder(InboxOrder.OLDEST_WAITING_FIRST), InboxFilter.ALL.withAssignee("laia").withUnreadOnly(true),
                InboxFilter.ALL.withWaitingLongerThan(Duration.ofDays(2)).withAccount("acc-facebook"));
        for (InboxFilter filter : filters) {
            inbox.count(filter); // warm
            long t = System.nanoTime();
            long count = inbox.count(filter);
            long counted = System.nanoTime();
            inbox.page(filter, 0, 100);
            long first = System.nanoTime();
            inbox.page(filter, Math.max(0, count - 100), 100);
            long deep = System.nanoTime();
            System.out.printf("BENCH %s: count %,d in %.1f ms, first page %.1f ms, last page (offset %,d) %.1f ms%n", describe(filter), count,
                    (counted - t) / 1e6, (first - counted) / 1e6, Math.max(0, count - 100), (deep - first) / 1e6);
        }
    }

    private static String describe(InboxFilter f) {
        return "filter[network=" + f.networkKind() + " account=" + f.accountId() + " assignee=" + f.assignee() + " unread="
                + f.unreadOnly() + " waiting>" + f.waitingLongerThan() + " order=" + f.order() + "]";
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("BENCH %s: %d steps, median %.1f ms, 95th %.1f ms, max %.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Writes the conversations in one transaction, with the same columns Workspace maps (generation only). */
    private static void ensureGenerated(Path folder) throws Exception {
        if (Files.exists(folder.resolve(Workspace.DATABASE_FILE))) {
            try (Workspace existing = Workspace.open(folder)) {
                if (existing.conversations().count() == CONVERSATIONS) {
                    return;
                }
            }
        }
        try (Workspace created = Workspace.open(folder)) {
            created.schemaVersion(); // migrations applied
        }
        long start = System.nanoTime();
        try (Connection c = new SqliteDialect(folder.resolve(Workspace.DATABASE_FILE)).connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO conversations (id, account_id, network_kind, status,"
                    + " last_message_at, assignee, unread, waiting_since, participant, snippet, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < CONVERSATIONS; i++) {
                    Conversation conversation = conversation(i);
                    st.setString(1, conversation.getId());
                    st.setString(2, conversation.getAccountId());
                    st.setString(3, conversation.getNetworkKind());
                    st.setString(4, conversation.getStatus().name());
                    st.setLong(5, Waiting.inOrder(conversation).get(conversation.getMessages().size() - 1).getSentAt().getTime());
                    st.setString(6, conversation.getAssignee());
                    st.setBoolean(7, conversation.isUnread());
                    Date waiting = Waiting.since(conversation);
                    if (waiting == null) {
                        st.setObject(8, null);
                    } else {
                        st.setLong(8, waiting.getTime());
                    }
                    st.setString(9, conversation.getParticipant());
                    st.setString(10, Waiting.snippet(conversation));
                    st.setString(11, EmfCodec.toXmi(conversation));
                    st.addBatch();
                    if (i % 5_000 == 4_999) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            c.commit();
        }
        System.out.printf("BENCH generated %,d conversations in %d s%n", CONVERSATIONS, (System.nanoTime() - start) / 1_000_000_000);
    }

    private static Conversation conversation(int i) {
        PregonFactory f = PregonFactory.eINSTANCE;
        Conversation conversation = f.createConversation();
        String network = NETWORKS[i % NETWORKS.length];
        conversation.setId(String.format("bench-conv-%06d", i));
        conversation.setAccountId("acc-" + network);
        conversation.setNetworkKind(network);
        conversation.setKind(i % 3 == 0 ? ItemKind.COMMENT : ItemKind.MESSAGE);
        conversation.setParticipant("Persona " + (i % 20_000));
        conversation.setStatus(i % 5 == 0 ? ConversationStatus.OPEN : i % 17 == 0 ? ConversationStatus.SPAM : ConversationStatus.ANSWERED);
        conversation.setAssignee(i % 4 == 0 ? "laia" : i % 4 == 1 ? "vicent" : null);
        conversation.setUnread(i % 7 == 0);
        long asked = 1_700_000_000_000L + (i * 7_919L % CONVERSATIONS) * 900_000L;
        Message question = f.createMessage();
        question.setId(conversation.getId() + "-1");
        question.setDirection(Direction.INCOMING);
        question.setAuthor(conversation.getParticipant());
        question.setSentAt(new Date(asked));
        question.setText(i % 2 == 0 ? "Bon dia, quan obri la inscripció del curs " + i + "?" : "¿Cuándo abre la inscripción del curso " + i + "?");
        conversation.getMessages().add(question);
        if (conversation.getStatus() == ConversationStatus.ANSWERED) {
            Message answer = f.createMessage();
            answer.setId(conversation.getId() + "-2");
            answer.setDirection(Direction.OUTGOING);
            answer.setAuthor("ocupacio.gva");
            answer.setSentAt(new Date(asked + 1_080_000L));
            answer.setText("Dilluns a les 9 en ocupacio.example.gva.");
            conversation.getMessages().add(answer);
        }
        return conversation;
    }
}
