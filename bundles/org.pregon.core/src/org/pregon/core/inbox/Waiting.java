package org.pregon.core.inbox;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.MessageState;

/**
 * Whether a conversation waits for us, and since when: the time of the oldest incoming message that
 * arrived after our last human reply and was not marked "no reply needed" or spam. Automatic (away)
 * replies and replies not sent yet (pending approval, failed) answer nothing.
 */
public final class Waiting {
    private static final int SNIPPET_LENGTH = 200;

    private Waiting() {
    }

    /** The messages in the order they were sent (messages without a time last, in stored order). */
    public static List<Message> inOrder(Conversation conversation) {
        return conversation.getMessages().stream()
                .sorted(Comparator.comparing(Message::getSentAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** When the oldest unanswered incoming message arrived, or null when nothing waits. */
    public static Date since(Conversation conversation) {
        if (conversation.getStatus() == ConversationStatus.NO_REPLY_NEEDED || conversation.getStatus() == ConversationStatus.SPAM) {
            return null;
        }
        Date oldest = null;
        for (Message message : inOrder(conversation)) {
            if (answers(message)) {
                oldest = null;
            } else if (needsReply(message) && oldest == null) {
                oldest = message.getSentAt();
            }
        }
        return oldest;
    }

    /** The incoming messages still waiting for a reply, oldest first. */
    public static List<Message> waitingMessages(Conversation conversation) {
        List<Message> ordered = inOrder(conversation);
        int lastAnswer = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (answers(ordered.get(i))) {
                lastAnswer = i;
            }
        }
        return ordered.subList(lastAnswer + 1, ordered.size()).stream().filter(Waiting::needsReply).toList();
    }

    /** A human reply of ours that went out. */
    public static boolean answers(Message message) {
        return message.getDirection() == Direction.OUTGOING && !message.isAutomatic()
                && (message.getState() == null || message.getState() == MessageState.SENT);
    }

    static boolean needsReply(Message message) {
        return message.getDirection() == Direction.INCOMING && !message.isNoReplyNeeded() && !message.isSpam()
                && message.getSentAt() != null;
    }

    /** The citizen's latest message: Meta's reply windows count from it. */
    public static Optional<Message> lastIncoming(Conversation conversation) {
        return conversation.getMessages().stream().filter(m -> m.getDirection() == Direction.INCOMING && m.getSentAt() != null)
                .max(Comparator.comparing(Message::getSentAt));
    }

    /** The latest message on one line, shortened for the inbox list. */
    public static String snippet(Conversation conversation) {
        List<Message> ordered = inOrder(conversation);
        if (ordered.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        String text = Objects.toString(ordered.get(ordered.size() - 1).getText(), ""); //$NON-NLS-1$
        String line = text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return line.length() <= SNIPPET_LENGTH ? line : line.substring(0, SNIPPET_LENGTH - 1) + '\u2026';
    }
}
