package org.pregon.core.archive;

import java.time.Instant;

/**
 * A search of the archive: words (all must occur, in the text or an earlier revision; "quoted words"
 * as a phrase), optional filters (null = any), the order, and the page.
 *
 * @param from inclusive; {@code to} exclusive
 */
public record ArchiveQuery(String text, String network, String account, String kind, String author, Instant from,
        Instant to, String language, String campaign, Order order, int offset, int limit) {

    public enum Order {
        NEWEST, RELEVANCE
    }

    public ArchiveQuery {
        text = text == null ? "" : text.trim(); //$NON-NLS-1$
        order = order == null ? (text.isEmpty() ? Order.NEWEST : Order.RELEVANCE) : order;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative"); //$NON-NLS-1$
        }
    }

    /** Every item matching {@code text}, newest first, first page of {@code limit}. */
    public static ArchiveQuery of(String text, int limit) {
        return new ArchiveQuery(text, null, null, null, null, null, null, null, null, Order.NEWEST, 0, limit);
    }

    public ArchiveQuery page(int newOffset, int newLimit) {
        return new ArchiveQuery(text, network, account, kind, author, from, to, language, campaign, order, newOffset, newLimit);
    }

    public ArchiveQuery withOrder(Order newOrder) {
        return new ArchiveQuery(text, network, account, kind, author, from, to, language, campaign, newOrder, offset, limit);
    }
}
