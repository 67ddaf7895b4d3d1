package org.pregon.ui.inbox;

import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.inbox.Waiting;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.Note;
import org.pregon.ui.internal.Labels;

/** The whole conversation as the pane shows it: the post it belongs to, every message in order, the team's notes. */
final class ThreadFormat {
    private ThreadFormat() {
    }

    static String of(Conversation conversation, ArchivedItem post, String ourName) {
        DateTimeFormatter when = Labels.dateTime();
        StringBuilder text = new StringBuilder();
        if (post != null) {
            text.append(NLS.bind(InboxTexts.Thread_post, post.getCreatedAt() == null ? "" : when.format(post.getCreatedAt().toInstant()))) //$NON-NLS-1$
                    .append('\n').append(post.getText() == null ? "" : post.getText()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (conversation.getPostRemoteId() != null) {
            text.append(NLS.bind(InboxTexts.Thread_postNotArchived, conversation.getPostRemoteId())).append("\n\n"); //$NON-NLS-1$
        }
        for (Message message : Waiting.inOrder(conversation)) {
            boolean ours = message.getDirection() == Direction.OUTGOING;
            String who = ours ? (message.getSentBy() != null ? NLS.bind(InboxTexts.Thread_ourBy, ourName, message.getSentBy()) : ourName)
                    : message.getAuthor();
            text.append('[').append(message.getSentAt() == null ? "" : when.format(message.getSentAt().toInstant())).append("] ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(who == null ? "" : who).append(state(message)).append(":\n") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(message.getText() == null ? "" : message.getText()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!conversation.getNotes().isEmpty()) {
            text.append(InboxTexts.Thread_notes).append('\n');
            for (Note note : conversation.getNotes()) {
                text.append("\u2022 ").append(note.getAt() == null ? "" : when.format(note.getAt().toInstant())).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                        .append(note.getAuthor()).append(": ").append(note.getText()).append('\n'); //$NON-NLS-1$
            }
        }
        return text.toString();
    }

    private static String state(Message message) {
        if (message.isAutomatic()) {
            return " (" + InboxTexts.Thread_automatic + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (message.isSpam()) {
            return " (" + InboxTexts.Thread_spam + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (message.isNoReplyNeeded()) {
            return " (" + InboxTexts.Thread_noReplyNeeded + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (message.getDirection() != Direction.OUTGOING || message.getState() == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (message.getState()) {
            case SENT -> ""; //$NON-NLS-1$
            case PENDING_APPROVAL -> " (" + InboxTexts.Thread_pending + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case SENDING -> " (" + InboxTexts.Thread_sending + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case FAILED -> " (" + NLS.bind(InboxTexts.Thread_failed, message.getFailureReason()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }
}
