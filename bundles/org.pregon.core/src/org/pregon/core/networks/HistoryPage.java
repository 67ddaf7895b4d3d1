package org.pregon.core.networks;

import java.util.List;

/**
 * One page of history as the network returned it, and the opaque cursor of the next page (null when
 * this was the last). Pregón stores the cursor with the page's items in one transaction, so a sync
 * interrupted after this page resumes with the next one.
 */
public record HistoryPage(List<HistoryItem> items, String nextCursor) {
    public HistoryPage {
        items = List.copyOf(items);
    }

    public static HistoryPage last(List<HistoryItem> items) {
        return new HistoryPage(items, null);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
