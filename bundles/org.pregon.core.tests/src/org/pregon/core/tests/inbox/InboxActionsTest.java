package org.pregon.core.tests.inbox;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.inbox.InboxActions;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.SavedReplies;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.AuditEntry;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.LocalizedText;
import org.pregon.model.Message;
import org.pregon.model.PregonFactory;
import org.pregon.model.SavedReply;

/** Read state, no reply needed, spam, assignment, notes and saved replies: saved, audited, seen by the inbox. */
public class InboxActionsTest {
    @TempDir
    Path folder;

    @Test
    public void eachActionIsSavedAuditedAndChangesWhatTheInboxShows() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            workspace.conversations().save(Conversations.of("thanks", "facebook", "acc-fb").incoming(ofHours(3), "Pregunta")
                    .outgoing(ofHours(2), "Resposta").incoming(ofHours(1), "Moltes gràcies!").incoming(ofMinutes(59), "👍").unread().build());
            workspace.conversations().save(Conversations.of("scam", "facebook", "acc-fb").incoming(ofHours(1), "Verify your page").build());
            InboxQuery inbox = new InboxQuery(workspace, Clock.fixed(Conversations.NOW, ZoneOffset.UTC));
            InboxFilter queue = InboxFilter.ALL.withOrder(InboxOrder.OLDEST_WAITING_FIRST);
            assertEquals(2, inbox.count(queue));
            InboxActions actions = new InboxActions(workspace, "laia");

            actions.markRead("thanks", true);
            assertEquals(0, inbox.count(InboxFilter.ALL.withUnreadOnly(true)));
            actions.markRead("thanks", false);
            assertEquals(1, inbox.count(InboxFilter.ALL.withUnreadOnly(true)));

            Conversation thanks = actions.noReplyNeeded("thanks");
            assertEquals(ConversationStatus.NO_REPLY_NEEDED, thanks.getStatus());
            List<Message> marked = thanks.getMessages().stream().filter(Message::isNoReplyNeeded).toList();
            assertEquals(List.of("Moltes gràcies!", "👍"), marked.stream().map(Message::getText).toList(),
                    "only the messages that waited; the answered question keeps counting");
            Conversation spam = actions.spam("scam");
            assertEquals(ConversationStatus.SPAM, spam.getStatus());
            assertTrue(spam.getMessages().get(0).isSpam());
            assertEquals(0, inbox.count(queue), "neither waits any more");

            actions.assign("scam", "vicent");
            assertEquals(1, inbox.count(InboxFilter.ALL.withAssignee("vicent")));
            actions.assign("scam", " ");
            assertEquals(2, inbox.count(InboxFilter.ALL.withAssignee("")));
            assertNull(workspace.conversations().find("scam").orElseThrow().getAssignee());

            actions.addNote("thanks", "  Ja li vam donar cita per telèfon. ");
            Conversation noted = workspace.conversations().find("thanks").orElseThrow();
            assertEquals("Ja li vam donar cita per telèfon.", noted.getNotes().get(0).getText());
            assertEquals("laia", noted.getNotes().get(0).getAuthor());
            assertThrows(IllegalArgumentException.class, () -> actions.addNote("thanks", " "));

            List<String> audit = workspace.audit().newest(100).stream().map(AuditEntry::getAction).toList();
            assertEquals(List.of("inbox-note", "inbox-assign", "inbox-assign", "inbox-spam", "inbox-no-reply-needed", "inbox-unread",
                    "inbox-read"), audit);
            assertTrue(workspace.audit().newest(100).stream().allMatch(e -> "laia".equals(e.getWho())));
        }
    }

    @Test
    public void savedRepliesKeepBothLanguagesAndFillTheirPlaceholders() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            SavedReplies saved = new SavedReplies(workspace, "laia");
            assertThrows(IllegalArgumentException.class, () -> saved.save(null, " ", List.of(text("es", "Hola"))));
            assertThrows(IllegalArgumentException.class, () -> saved.save(null, "Cita", List.of(text("es", " "))));
            SavedReply reply = saved.save(null, "Cita prèvia", List.of(text("ca-ES-valencia", "Hola, {name}! Des de {account} us recordem la cita."),
                    text("es", "¡Hola, {name}! Desde {account} te recordamos la cita.")));
            assertEquals(1, saved.list().size());
            Conversation conversation = Conversations.of("c", "facebook", "acc-fb").incoming(ofHours(1), "?").build();
            Account account = PregonFactory.eINSTANCE.createAccount();
            account.setHandle("ocupacio.gva");
            account.setDisplayName("Servei d'Ocupació");
            assertEquals("Hola, Natalia! Des de Servei d'Ocupació us recordem la cita.",
                    SavedReplies.fill(saved.list().get(0), "ca-ES-valencia", conversation, account).orElseThrow());
            assertEquals("¡Hola, Natalia! Desde Servei d'Ocupació te recordamos la cita.",
                    SavedReplies.fill(reply, "es", conversation, account).orElseThrow());
            assertFalse(SavedReplies.fill(reply, "en", conversation, account).isPresent());
            saved.delete(reply.getId());
            assertEquals(0, saved.list().size());
        }
    }

    private static LocalizedText text(String language, String value) {
        LocalizedText text = PregonFactory.eINSTANCE.createLocalizedText();
        text.setLanguage(language);
        text.setText(value);
        return text;
    }
}
