package org.pregon.core.networks;

import java.time.Instant;
import java.util.List;

import org.pregon.model.ItemKind;

/**
 * A post, comment or private message as the network has it now.
 *
 * @param kind            POST, COMMENT or MESSAGE
 * @param remoteId        the network's id, stable across edits
 * @param parentRemoteId  what a comment answers (the post, or another comment); the previous message, or null
 * @param threadRemoteId  comments: the top-level comment of its thread (itself when top-level); messages: the
 *                        network's conversation id; null for posts
 * @param author          the author's handle or name as the network shows it
 * @param ours            whether the account itself wrote it (an outgoing message, our own reply)
 * @param participant     messages: the person the account talks with; comments: null
 * @param editedAt        when the network says it was last edited, or null (never, or the network does not say)
 * @param mediaUrls       attached media, as URLs on the network
 * @param language        BCP 47 tag when the network reports one, or null
 */
public record HistoryItem(ItemKind kind, String remoteId, String parentRemoteId, String threadRemoteId, String author,
        boolean ours, String participant, String text, Instant createdAt, Instant editedAt, String url,
        List<String> mediaUrls, String language) {

    public HistoryItem {
        if (kind == null || remoteId == null || remoteId.isEmpty() || createdAt == null) {
            throw new IllegalArgumentException("a history item needs a kind, a remote id and a creation time: " + remoteId); //$NON-NLS-1$
        }
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
    }

    /** One of the account's own publications. */
    public static HistoryItem post(String remoteId, String author, String text, Instant createdAt, Instant editedAt,
            String url, List<String> mediaUrls, String language) {
        return new HistoryItem(ItemKind.POST, remoteId, null, null, author, true, null, text, createdAt, editedAt, url,
                mediaUrls, language);
    }

    /** A comment in the thread started by {@code threadRemoteId} under one of our posts. */
    public static HistoryItem comment(String remoteId, String parentRemoteId, String threadRemoteId, String author,
            boolean ours, String text, Instant createdAt, Instant editedAt, String url, List<String> mediaUrls) {
        return new HistoryItem(ItemKind.COMMENT, remoteId, parentRemoteId, threadRemoteId, author, ours, null, text,
                createdAt, editedAt, url, mediaUrls, null);
    }

    /** A private message of the conversation {@code conversationId} with {@code participant}. */
    public static HistoryItem message(String remoteId, String conversationId, String participant, String author,
            boolean ours, String text, Instant createdAt, String url, List<String> mediaUrls) {
        return new HistoryItem(ItemKind.MESSAGE, remoteId, null, conversationId, author, ours, participant, text,
                createdAt, null, url, mediaUrls, null);
    }
}
