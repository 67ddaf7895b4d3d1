package org.pregon.core.archive.export;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.pregon.core.store.ArchiveRepository;
import org.pregon.model.ArchivedItem;

/** The items an export writes: a date range of the store (oldest first), or the items of a search result. */
public interface ArchiveSource extends Iterable<ArchivedItem> {

    /** Items created in [from, to), oldest first (ties by id), read page by page so memory stays flat. */
    static ArchiveSource between(ArchiveRepository archive, Instant from, Instant to) {
        long start = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long end = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        return () -> new Iterator<>() {
            private static final int PAGE = 1_000;
            private List<ArchivedItem> page = List.of();
            private int next;
            private long lastCreated = Long.MIN_VALUE;
            private String lastId = ""; //$NON-NLS-1$
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                page = archive.createdBetween(start, end, lastCreated, lastId, PAGE);
                next = 0;
                if (page.size() < PAGE) {
                    exhausted = true;
                }
                if (!page.isEmpty()) {
                    ArchivedItem last = page.get(page.size() - 1);
                    lastCreated = last.getCreatedAt().getTime();
                    lastId = last.getId();
                }
                return !page.isEmpty();
            }

            @Override
            public ArchivedItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    /** The items with these ids, in this order (e.g. a search result); ids no longer in the store are skipped. */
    static ArchiveSource ofIds(ArchiveRepository archive, List<String> ids) {
        return () -> ids.stream().map(archive::find).flatMap(java.util.Optional::stream).iterator();
    }
}
