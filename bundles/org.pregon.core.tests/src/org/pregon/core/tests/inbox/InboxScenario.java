package org.pregon.core.tests.inbox;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.InboxRow;
import org.pregon.core.store.Workspace;
import org.pregon.model.ConversationStatus;

/** The inbox's filters, orders and paging, run against each database by SQLite and PostgreSQL tests. */
final class InboxScenario {
    private InboxScenario() {
    }

    static void run(Workspace workspace) {
        // fb-wait: asked 2 h ago, unread; fb-done: answered yesterday; md-wait: asked 30 h ago, assigned to laia;
        // bs-auto: only an away message answered 5 h ago; fb-spam: spam; md-thanks: a thank-you marked, then a new question 20 h ago
        workspace.conversations().save(Conversations.of("fb-wait", "facebook", "acc-fb").incoming(ofHours(2), "Hola, com m'inscric?").unread().build());
        workspace.conversations().save(Conversations.of("fb-done", "facebook", "acc-fb").incoming(ofDays(3), "Pregunta")
                .outgoing(ofDays(1), "Resposta").assignee("laia").build());
        workspace.conversations().save(Conversations.of("md-wait", "mastodon", "acc-md").incoming(ofHours(30), "Pregunta")
                .pending(ofHours(29), "Resposta pendent d'aprovació").assignee("laia").build());
        workspace.conversations().save(Conversations.of("bs-auto", "bluesky", "acc-bs").incoming(ofHours(5), "Pregunta")
                .automatic(ofHours(5).minus(ofMinutes(1))).build());
        workspace.conversations().save(Conversations.of("fb-spam", "facebook", "acc-fb").incoming(ofHours(1), "Verify your page here")
                .status(ConversationStatus.SPAM).unread().build());
        workspace.conversations().save(Conversations.of("md-thanks", "mastodon", "acc-md").incoming(ofHours(50), "Gràcies!").noReplyNeeded()
                .incoming(ofHours(20), "I una altra cosa: quan obri l'oficina?").build());

        InboxQuery inbox = new InboxQuery(workspace, Clock.fixed(Conversations.NOW, ZoneOffset.UTC));
        InboxFilter all = InboxFilter.ALL;
        assertEquals(6, inbox.count(all));
        assertEquals(List.of("fb-spam", "fb-wait", "bs-auto", "md-thanks", "fb-done", "md-wait"), ids(inbox.page(all, 0, 100)),
                "newest message first");

        InboxRow first = inbox.page(all.withNetwork("facebook").withStatus(ConversationStatus.OPEN), 0, 10).get(0);
        assertEquals("fb-wait", first.id());
        assertEquals("Hola, com m'inscric?", first.snippet());
        assertEquals("Natalia Ortega", first.participant());
        assertTrue(first.unread());
        assertEquals(Conversations.NOW.minus(ofHours(2)), first.waitingSince().toInstant());

        assertEquals(List.of("fb-spam", "fb-wait", "fb-done"), ids(inbox.page(all.withNetwork("facebook"), 0, 100)));
        assertEquals(List.of("md-thanks", "md-wait"), ids(inbox.page(all.withAccount("acc-md"), 0, 100)));
        assertEquals(List.of("fb-spam"), ids(inbox.page(all.withStatus(ConversationStatus.SPAM), 0, 100)));
        assertEquals(List.of("fb-done", "md-wait"), ids(inbox.page(all.withAssignee("laia"), 0, 100)));
        assertEquals(4, inbox.count(all.withAssignee("")), "nobody assigned");
        assertEquals(List.of("fb-spam", "fb-wait"), ids(inbox.page(all.withUnreadOnly(true), 0, 100)));

        // the work queue: only what waits (spam, answered and away-only-answered are told apart), longest first
        InboxFilter queue = all.withOrder(InboxOrder.OLDEST_WAITING_FIRST);
        assertEquals(List.of("md-wait", "md-thanks", "bs-auto", "fb-wait"), ids(inbox.page(queue, 0, 100)),
                "a reply pending approval and an automatic reply answer nothing; a marked thank-you does not wait");
        assertEquals(4, inbox.count(queue));
        assertEquals(List.of("md-wait", "md-thanks", "bs-auto"), ids(inbox.page(queue.withWaitingLongerThan(ofHours(4)), 0, 100)));
        assertEquals(List.of("bs-auto", "md-thanks", "md-wait"), ids(inbox.page(all.withWaitingLongerThan(ofHours(4)), 0, 100)),
                "waiting longer than 4 h, newest first");
        assertEquals(1, inbox.count(all.withWaitingLongerThan(ofHours(4)).withNetwork("bluesky")));
        assertNull(inbox.page(all.withNetwork("facebook"), 2, 1).get(0).waitingSince(), "answered: not waiting");

        // paging: pages of 100 read back every row exactly once, in order
        for (int i = 0; i < 250; i++) {
            workspace.conversations().save(Conversations.of(String.format("bulk-%03d", i), "x", "acc-x")
                    .incoming(ofDays(10).plus(ofMinutes(i)), "Pregunta " + i).build());
        }
        assertEquals(256, inbox.count(all));
        List<InboxRow> everything = new ArrayList<>();
        for (long offset = 0; offset < 256; offset += 100) {
            everything.addAll(inbox.page(all, offset, 100));
        }
        assertEquals(256, everything.size());
        assertEquals(256, new HashSet<>(ids(everything)).size());
        assertEquals("bulk-000", everything.get(6).id(), "the bulk follows, newest (10 days ago) first");
        assertEquals("bulk-249", everything.get(255).id());
        assertFalse(inbox.page(all.withNetwork("x"), 200, 100).isEmpty());
        assertEquals(50, inbox.page(all.withNetwork("x"), 200, 100).size());
    }

    static List<String> ids(List<InboxRow> rows) {
        return rows.stream().map(InboxRow::id).toList();
    }
}
