package org.pregon.core.sync;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.util.ECollections;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.store.SyncBatch;
import org.pregon.model.Account;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonFactory;

/**
 * Puts a comment or private message into its inbox conversation: one conversation per top-level comment
 * thread under a post, or per private conversation. Messages are merged by remote id, and everything
 * Pregón's people set (status, assignee, notes, no-reply-needed, spam, who sent ours, its state) is kept.
 * A new message from the citizen marks the conversation unread and reopens an answered one.
 */
final class ConversationMerge {
    private ConversationMerge() {
    }

    /** @return whether this was a new message from someone else that the user should hear of */
    static boolean apply(SyncBatch batch, Account account, HistoryItem item, String postRemoteId, boolean news) {
        String thread = item.threadRemoteId() != null ? item.threadRemoteId() : item.remoteId();
        String id = UUID.nameUUIDFromBytes(("conversation " + account.getId() + ' ' + item.kind() + ' ' + thread) //$NON-NLS-1$
                .getBytes(StandardCharsets.UTF_8)).toString();
        Conversation conversation = batch.conversation(id).orElseGet(() -> create(id, account, item, thread, postRemoteId));
        if (conversation.getParticipant() == null) {
            conversation.setParticipant(participant(item, thread));
        }
        Optional<Message> known = find(conversation, item);
        boolean incomingNews = false;
        if (known.isPresent()) {
            Message message = known.get();
            message.setRemoteId(item.remoteId());
            if (!Objects.equals(message.getText(), item.text())) {
                message.setText(item.text());
            }
        } else {
            Message message = PregonFactory.eINSTANCE.createMessage();
            message.setId(UUID.nameUUIDFromBytes(("message " + account.getId() + ' ' + item.remoteId()) //$NON-NLS-1$
                    .getBytes(StandardCharsets.UTF_8)).toString());
            message.setRemoteId(item.remoteId());
            message.setDirection(item.ours() ? Direction.OUTGOING : Direction.INCOMING);
            message.setAuthor(item.author());
            message.setSentAt(Date.from(item.createdAt()));
            message.setText(item.text());
            message.setState(MessageState.SENT);
            conversation.getMessages().add(message);
            ECollections.sort(conversation.getMessages(),
                    Comparator.comparing(Message::getSentAt, Comparator.nullsFirst(Comparator.naturalOrder())));
            boolean latest = conversation.getMessages().get(conversation.getMessages().size() - 1) == message;
            if (latest && (conversation.getStatus() == ConversationStatus.OPEN || conversation.getStatus() == ConversationStatus.ANSWERED)) {
                // what the last word says: ours answers it, the citizen's asks again
                conversation.setStatus(item.ours() ? ConversationStatus.ANSWERED : ConversationStatus.OPEN);
            }
            if (!item.ours() && news) {
                conversation.setUnread(true);
                incomingNews = true;
            }
        }
        batch.save(conversation);
        return incomingNews;
    }

    private static Conversation create(String id, Account account, HistoryItem item, String thread, String postRemoteId) {
        Conversation conversation = PregonFactory.eINSTANCE.createConversation();
        conversation.setId(id);
        conversation.setAccountId(account.getId());
        conversation.setNetworkKind(account.getNetworkKind());
        conversation.setKind(item.kind());
        conversation.setRemoteId(thread);
        conversation.setPostRemoteId(item.kind() == ItemKind.COMMENT ? postRemoteId : null);
        conversation.setStatus(ConversationStatus.OPEN);
        return conversation;
    }

    private static String participant(HistoryItem item, String thread) {
        if (item.kind() == ItemKind.MESSAGE) {
            return item.participant();
        }
        // a comment thread is with whoever started it
        return !item.ours() && item.remoteId().equals(thread) ? item.author() : null;
    }

    /**
     * The message already in the conversation: by remote id, or one of ours Pregón sent whose remote id
     * was not recorded (same text, no remote id), so a reply sent from the inbox is not doubled.
     */
    private static Optional<Message> find(Conversation conversation, HistoryItem item) {
        Optional<Message> byId = conversation.getMessages().stream().filter(m -> item.remoteId().equals(m.getRemoteId()))
                .findFirst();
        if (byId.isPresent() || !item.ours()) {
            return byId;
        }
        return conversation.getMessages().stream().filter(m -> m.getRemoteId() == null
                && m.getDirection() == Direction.OUTGOING && Objects.equals(m.getText(), item.text())).findFirst();
    }
}
