package org.pregon.core.archive;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.store.ArchiveEntry;
import org.pregon.core.store.ArchiveRepository;

/**
 * The archive's full-text index, a Lucene index in a folder of its own (the workspace's {@code index/},
 * or a folder per workbench in team mode, see {@link ArchiveIndexLocation}). It is derived data: when
 * missing, unreadable, corrupt (checksums are verified on open) or written by another schema it is
 * rebuilt from the store; afterwards {@link #catchUp} indexes what was written since, found by the
 * store's write numbers, which the index keeps in its commit data.
 */
public final class ArchiveIndex implements AutoCloseable {
    static final String SCHEMA = "1"; //$NON-NLS-1$
    private static final String SCHEMA_KEY = "pregon.schema"; //$NON-NLS-1$
    private static final String SEQ_KEY = "pregon.seq"; //$NON-NLS-1$
    private static final String AFTER_ID_KEY = "pregon.afterId"; //$NON-NLS-1$
    private static final int PAGE = 2_000;
    /** A long catch-up commits now and then, so an interrupted rebuild resumes where it was. */
    private static final int COMMIT_EVERY = 200_000;
    private static final Sort NEWEST = new Sort(new SortField(ArchiveFields.CREATED, SortField.Type.LONG, true),
            new SortField(ArchiveFields.ID, SortField.Type.STRING, true));
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(ArchiveFields.CREATED, SortField.Type.LONG, true), new SortField(ArchiveFields.ID, SortField.Type.STRING, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArchiveRepository archive;
    private final ArchiveQueries queries;
    private final Snippets snippets;
    private final String rebuiltBecause;
    private long seq;
    private String afterId;

    private ArchiveIndex(Directory directory, IndexWriter writer, ArchiveRepository archive, String rebuiltBecause, long seq,
            String afterId) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.archive = archive;
        this.rebuiltBecause = rebuiltBecause;
        this.seq = seq;
        this.afterId = afterId;
        this.searchers = new SearcherManager(writer, null);
        Analyzer spanish = ArchiveAnalyzers.spanish();
        Analyzer catalan = ArchiveAnalyzers.catalan();
        Analyzer folded = ArchiveAnalyzers.folded();
        this.queries = new ArchiveQueries(spanish, catalan, folded);
        Map<String, Analyzer> byField = new LinkedHashMap<>();
        byField.put(ArchiveFields.TEXT_ES, spanish);
        byField.put(ArchiveFields.TEXT_CA, catalan);
        byField.put(ArchiveFields.TEXT_ANY, folded);
        this.snippets = new Snippets(byField);
    }

    /**
     * Opens the index in {@code folder}, first rebuilding it from scratch when it is missing, corrupt or
     * of another schema (the reason is then {@link #rebuiltBecause()}), and brings it up to date.
     *
     * @throws ArchiveIndexException when another process uses the folder, or it cannot be read or written
     */
    public static ArchiveIndex open(Path folder, ArchiveRepository archive, IProgressMonitor monitor) throws ArchiveIndexException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            String problem = problem(directory);
            if (problem != null) {
                directory.close();
                wipe(folder);
                directory = FSDirectory.open(folder);
            }
            IndexWriterConfig config = new IndexWriterConfig(ArchiveAnalyzers.perField())
                    .setOpenMode(problem == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128);
            IndexWriter writer = new IndexWriter(directory, config);
            long seq = -1;
            String afterId = ""; //$NON-NLS-1$
            Map<String, String> committed = commitData(writer);
            if (problem == null && committed.get(SEQ_KEY) != null) {
                seq = Long.parseLong(committed.get(SEQ_KEY));
                afterId = committed.getOrDefault(AFTER_ID_KEY, ""); //$NON-NLS-1$
            }
            if (seq > archive.lastChange()) {
                // the store was replaced by an older or another one: what the index holds is not its data
                writer.deleteAll();
                seq = -1;
                afterId = ""; //$NON-NLS-1$
                problem = "the index is ahead of the store (" + committed.get(SEQ_KEY) + " > " + archive.lastChange() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            ArchiveIndex index = new ArchiveIndex(directory, writer, archive, problem, seq, afterId);
            progress.worked(1);
            index.catchUp(progress.split(9));
            return index;
        } catch (LockObtainFailedException e) {
            close(directory);
            throw new ArchiveIndexException(ArchiveIndexException.Reason.IN_USE, folder, e);
        } catch (IOException | RuntimeException e) {
            close(directory);
            throw new ArchiveIndexException(ArchiveIndexException.Reason.UNUSABLE, folder, e);
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new LinkedHashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Why the index in {@code directory} cannot be used as it is, or null when it can. */
    private static String problem(Directory directory) throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "missing"; //$NON-NLS-1$
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
                if (!SCHEMA.equals(schema)) {
                    return "schema " + schema + " instead of " + SCHEMA; //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return null;
            }
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                | NoSuchFileException | FileNotFoundException e) {
            return "corrupt: " + e.getMessage(); //$NON-NLS-1$
        }
    }

    private static void wipe(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void close(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }

    /** Why the last open rebuilt the index ("missing", "corrupt: …"), or null when it was used as found. */
    public String rebuiltBecause() {
        return rebuiltBecause;
    }

    /** The store's write number up to which the index is complete. */
    public synchronized long indexedUpTo() {
        return seq;
    }

    /**
     * Indexes every archive write after the last one indexed (by this workbench or any other writer of
     * a shared store), commits, and makes it searchable. Cancelling keeps what was done.
     */
    public synchronized void catchUp(IProgressMonitor monitor) throws IOException {
        long target = archive.lastChange();
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, Math.max(1, target - Math.max(0, seq))));
        int sinceCommit = 0;
        boolean changed = false;
        // the next page is read from the store (and its revisions decoded) while this one is indexed, in halves on two threads
        ExecutorService reader = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "archive indexing"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<ArchiveEntry> page = archive.changedSince(seq, afterId, PAGE);
            while (!page.isEmpty() && !progress.isCanceled()) {
                ArchiveEntry last = page.get(page.size() - 1);
                Future<List<ArchiveEntry>> next = page.size() < PAGE ? null
                        : reader.submit(() -> archive.changedSince(last.seq(), last.id(), PAGE));
                index(page, reader);
                progress.worked((int) Math.max(0, last.seq() - Math.max(0, seq)));
                seq = last.seq();
                afterId = last.id();
                changed = true;
                sinceCommit += page.size();
                if (sinceCommit >= COMMIT_EVERY) {
                    commit();
                    sinceCommit = 0;
                }
                page = next == null ? archive.changedSince(seq, afterId, PAGE) : await(next);
            }
        } finally {
            reader.shutdownNow();
        }
        if (changed || writer.hasUncommittedChanges() || commitData(writer).get(SEQ_KEY) == null) {
            commit();
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * Indexes a page; a big page's second half on another thread (IndexWriter is thread-safe), so a
     * rebuild uses both cores of a small machine.
     */
    private void index(List<ArchiveEntry> page, ExecutorService pool) throws IOException {
        if (page.size() < 64) {
            add(page);
            return;
        }
        int half = page.size() / 2;
        Future<List<ArchiveEntry>> other = pool.submit(() -> {
            add(page.subList(half, page.size()));
            return null;
        });
        add(page.subList(0, half));
        await(other);
    }

    private void add(List<ArchiveEntry> entries) throws IOException {
        for (ArchiveEntry entry : entries) {
            writer.updateDocument(new Term(ArchiveFields.ID, entry.id()), ArchiveFields.document(entry));
        }
    }

    private static List<ArchiveEntry> await(Future<List<ArchiveEntry>> next) throws IOException {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the archive"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Drops the index and builds it again from the store. */
    public synchronized void rebuild(IProgressMonitor monitor) throws IOException {
        writer.deleteAll();
        seq = -1;
        afterId = ""; //$NON-NLS-1$
        catchUp(monitor);
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, SEQ_KEY, Long.toString(seq), AFTER_ID_KEY, afterId).entrySet());
        writer.commit();
    }

    /** One page of the items matching {@code query}, in its order, with highlighted snippets. */
    public ArchiveResults search(ArchiveQuery query) throws IOException {
        Query lucene = queries.build(query);
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = query.offset() + query.limit();
            if (query.limit() == 0) {
                return new ArchiveResults(searcher.count(lucene), List.of());
            }
            TopDocs top = query.order() == ArchiveQuery.Order.NEWEST ? searcher.search(lucene, wanted, NEWEST, false)
                    : searcher.search(lucene, wanted, RELEVANCE, true);
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(lucene);
            Set<Term> terms = Snippets.terms(lucene);
            StoredFields stored = searcher.storedFields();
            List<ArchiveHit> hits = new ArrayList<>();
            for (int i = query.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc found = top.scoreDocs[i];
                hits.add(hit(stored.document(found.doc), found.score, terms));
            }
            return new ArchiveResults(total, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The ids of every item matching {@code query} (offset and limit ignored), in its order: for exports. */
    public List<String> ids(ArchiveQuery query) throws IOException {
        Query lucene = queries.build(query);
        IndexSearcher searcher = searchers.acquire();
        try {
            int total = searcher.count(lucene);
            if (total == 0) {
                return List.of();
            }
            TopDocs top = query.order() == ArchiveQuery.Order.NEWEST ? searcher.search(lucene, total, NEWEST, false)
                    : searcher.search(lucene, total, RELEVANCE, true);
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc found : top.scoreDocs) {
                ids.add(stored.document(found.doc, Set.of(ArchiveFields.ID)).get(ArchiveFields.ID));
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    private ArchiveHit hit(Document doc, float score, Set<Term> terms) {
        String text = doc.get(ArchiveFields.TEXT);
        return new ArchiveHit(doc.get(ArchiveFields.ID), doc.get(ArchiveFields.NETWORK), doc.get(ArchiveFields.ACCOUNT),
                doc.get(ArchiveFields.KIND), doc.get(ArchiveFields.AUTHOR), doc.get(ArchiveFields.LANGUAGE),
                doc.get(ArchiveFields.CAMPAIGN), doc.get(ArchiveFields.URL), number(doc, ArchiveFields.CREATED),
                doc.getField(ArchiveFields.EDITED) == null ? null : number(doc, ArchiveFields.EDITED),
                doc.getField(ArchiveFields.DELETED) == null ? null : number(doc, ArchiveFields.DELETED), text,
                snippets.snippet(text, terms), Float.isNaN(score) ? 0 : score);
    }

    private static long number(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null ? 0 : value.numericValue().longValue();
    }

    /** The words of {@code text} (an item's whole text) that {@code query} matches, for showing the item. */
    public List<Snippet.Range> marks(String text, ArchiveQuery query) {
        return snippets.marks(text, Snippets.terms(queries.build(query)));
    }

    /** Documents in the index (one per archived item). */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
