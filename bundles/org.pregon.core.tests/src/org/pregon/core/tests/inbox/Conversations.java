package org.pregon.core.tests.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonFactory;

/** Builds conversations for inbox tests: messages at given times before a fixed "now". */
final class Conversations {
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final Conversation conversation = PregonFactory.eINSTANCE.createConversation();
    private int messages;

    private Conversations(String id, String kind, String accountId) {
        conversation.setId(id);
        conversation.setNetworkKind(kind);
        conversation.setAccountId(accountId);
        conversation.setKind(ItemKind.MESSAGE);
        conversation.setRemoteId("t_" + id);
        conversation.setParticipant("Natalia Ortega");
        conversation.setStatus(ConversationStatus.OPEN);
    }

    static Conversations of(String id, String kind, String accountId) {
        return new Conversations(id, kind, accountId);
    }

    Conversations incoming(Duration ago, String text) {
        return message(Direction.INCOMING, ago, text, false, MessageState.SENT);
    }

    Conversations outgoing(Duration ago, String text) {
        return message(Direction.OUTGOING, ago, text, false, MessageState.SENT);
    }

    Conversations automatic(Duration ago) {
        return message(Direction.OUTGOING, ago, "[Resposta automàtica] Gràcies per escriure'ns.", true, MessageState.SENT);
    }

    Conversations pending(Duration ago, String text) {
        return message(Direction.OUTGOING, ago, text, false, MessageState.PENDING_APPROVAL);
    }

    Conversations noReplyNeeded() {
        conversation.getMessages().get(conversation.getMessages().size() - 1).setNoReplyNeeded(true);
        return this;
    }

    Conversations status(ConversationStatus status) {
        conversation.setStatus(status);
        return this;
    }

    Conversations assignee(String who) {
        conversation.setAssignee(who);
        return this;
    }

    Conversations unread() {
        conversation.setUnread(true);
        return this;
    }

    Conversations kind(ItemKind kind) {
        conversation.setKind(kind);
        return this;
    }

    Conversation build() {
        return conversation;
    }

    private Conversations message(Direction direction, Duration ago, String text, boolean automatic, MessageState state) {
        Message m = PregonFactory.eINSTANCE.createMessage();
        m.setId(conversation.getId() + "-m" + ++messages);
        m.setRemoteId("m_" + conversation.getId() + "_" + messages);
        m.setDirection(direction);
        m.setAuthor(direction == Direction.INCOMING ? conversation.getParticipant() : "ServeiOcupacio");
        m.setSentAt(Date.from(NOW.minus(ago)));
        m.setText(text);
        m.setAutomatic(automatic);
        m.setState(state);
        conversation.getMessages().add(m);
        return this;
    }
}
