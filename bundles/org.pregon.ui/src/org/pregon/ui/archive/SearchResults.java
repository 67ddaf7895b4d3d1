package org.pregon.ui.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pregon.core.archive.ArchiveHit;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.archive.ArchiveResults;
import org.pregon.core.archive.Snippet;

/**
 * The hits of one search, read from the index a page at a time as the virtual table asks for rows
 * (a page of the index takes milliseconds, so later pages are read on demand, the first in the Job).
 */
public final class SearchResults {
    public static final int PAGE_SIZE = 200;
    private static final int PAGES_KEPT = 16;

    private final ArchiveIndex index;
    private final ArchiveQuery query;
    private final long total;
    private final Map<Integer, List<ArchiveHit>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArchiveHit>> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    public SearchResults(ArchiveIndex index, ArchiveQuery query, ArchiveResults first) {
        this.index = index;
        this.query = query;
        this.total = first.total();
        pages.put(0, first.hits());
    }

    public long total() {
        return total;
    }

    public ArchiveQuery query() {
        return query;
    }

    public ArchiveHit hit(int row) {
        int page = row / PAGE_SIZE;
        List<ArchiveHit> hits = pages.computeIfAbsent(page, p -> {
            try {
                return index.search(query.page(p * PAGE_SIZE, PAGE_SIZE)).hits();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return hits.get(row % PAGE_SIZE);
    }

    /** The words of an item's text the search matched. */
    public List<Snippet.Range> marks(String text) {
        return index.marks(text, query);
    }
}
