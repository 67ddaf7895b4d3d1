package org.pregon.core.store;

import java.util.List;

/**
 * What the search index needs of one archived item, as written by the write numbered {@code seq}: read
 * from columns, with the XMI body decoded only for the revisions' texts (see
 * {@link ArchiveRepository#changedSince}). Times are epoch millis; edited/deleted are null when not.
 */
public record ArchiveEntry(long seq, String id, String networkKind, String accountId, String kind, String author,
        String language, String campaignId, String url, long createdAt, Long editedAt, Long deletedAt, String text,
        List<String> revisionTexts) {
}
