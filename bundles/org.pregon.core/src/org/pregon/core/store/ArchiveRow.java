package org.pregon.core.store;

/**
 * What the archive table shows of one item, read from indexed columns only (no XMI decoding), so a
 * page of a million-item archive costs one index range scan.
 */
public record ArchiveRow(String id, long createdAt, String networkKind, String accountId, String kind, String author,
        String language, String text, boolean edited, boolean deleted) {
}
