package org.pregon.core.archive;

/**
 * One found item, read from the index alone. Times are epoch millis (edited/deleted null when not).
 * {@code snippet} is the part of the text around the matched words.
 */
public record ArchiveHit(String id, String networkKind, String accountId, String kind, String author, String language,
        String campaignId, String url, long createdAt, Long editedAt, Long deletedAt, String text, Snippet snippet,
        float score) {
}
