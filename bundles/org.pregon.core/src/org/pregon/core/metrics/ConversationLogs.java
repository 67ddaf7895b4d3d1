package org.pregon.core.metrics;

import org.pregon.model.Conversation;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.MessageState;

/**
 * Workspace conversations as a {@link MessageLog}. Left out: messages without a time, and messages of
 * ours that did not reach the network (pending approval, sending, failed) — the citizen never saw them.
 */
public final class ConversationLogs {
    private ConversationLogs() {
    }

    public static MessageLog of(Iterable<Conversation> conversations) {
        MessageLog.Builder log = MessageLog.builder();
        for (Conversation conversation : conversations) {
            add(log, conversation);
        }
        return log.build();
    }

    /** Adds one conversation; for callers streaming conversations from the store one at a time. */
    public static void add(MessageLog.Builder log, Conversation conversation) {
        log.conversation(conversation.getAccountId(), conversation.getNetworkKind(), conversation.getStatus());
        for (Message message : conversation.getMessages()) {
            if (message.getSentAt() == null) {
                continue;
            }
            long at = message.getSentAt().getTime();
            if (message.getDirection() == Direction.OUTGOING) {
                if (message.getState() == null || message.getState() == MessageState.SENT) {
                    log.ours(at, message.isAutomatic(), message.getSentBy());
                }
            } else {
                log.incoming(at, message.isNoReplyNeeded(), message.isSpam());
            }
        }
    }
}
