package org.pregon.core.tests.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.archive.ArchiveQuery.Order;
import org.pregon.core.archive.ArchiveResults;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;

/**
 * 1,000,000 archived items: time to build the Lucene index from the store, latency of a fixed set of
 * 100 queries (page of 20 with total and snippets) and the same queries on an SQLite FTS5 table
 * (unicode61, remove_diacritics 2) over the same items, and heap used. Prints BENCH lines.
 * Run: ./mvnw -o -B verify -Pbenchmark -pl target-platform,bundles/org.pregon.model,bundles/org.pregon.core,bundles/org.pregon.testing,bundles/org.pregon.core.tests -Dtest=ArchiveSearchBenchmark
 */
public class ArchiveSearchBenchmark {
    private static final int ITEMS = Integer.getInteger("pregon.bench.items", 1_000_000);
    private static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "pregon-archive-search-bench-" + ITEMS);

    /** A query for both engines: words (quoted = phrase) and optional filters. */
    private record Bench(String text, String network, String kind, String language, Instant from, Instant to) {
        ArchiveQuery lucene() {
            return new ArchiveQuery(text, network, null, kind, null, from, to, language, null, Order.NEWEST, 0, 20);
        }
    }

    @Test
    public void indexAndQueryAMillionItems() throws Exception {
        ensureGenerated();
        Path indexFolder = FOLDER.resolve("index");
        deleteTree(indexFolder);
        List<Bench> queries = queries();
        System.out.printf("BENCH %d queries, %,d items, %d cores, max heap %d MB%n", queries.size(), ITEMS,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (Workspace workspace = Workspace.open(FOLDER)) {
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            try (ArchiveIndex index = ArchiveIndex.open(indexFolder, workspace.archive(), new NullProgressMonitor())) {
                long indexing = (System.nanoTime() - start) / 1_000_000;
                long cpu = (cpuNanos() - cpuStart) / 1_000_000;
                // on a shared machine the wall time includes waiting for a core; the process CPU time does not
                System.out.printf("BENCH Lucene index built from the store: %,d items in %.1f s wall, %.1f s CPU of this process"
                        + " (%s), %d MB on disk, load average %.1f%n", index.size(), indexing / 1000.0, cpu / 1000.0, index.rebuiltBecause(),
                        size(indexFolder) >> 20, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("BENCH heap used with the index open: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
                for (Bench q : queries) {
                    index.search(q.lucene()); // warm-up
                }
                long[] lucene = new long[queries.size()];
                long hits = 0;
                for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < queries.size(); i++) {
                        long t = System.nanoTime();
                        ArchiveResults results = index.search(queries.get(i).lucene());
                        long took = System.nanoTime() - t;
                        lucene[i] = round == 0 ? took : Math.min(lucene[i], took);
                        hits += round == 0 ? results.total() : 0;
                    }
                }
                report("Lucene", lucene, hits);
                long[] single = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long t = System.nanoTime();
                    index.search(queries.get(i).lucene());
                    single[i] = System.nanoTime() - t;
                }
                report("Lucene (single pass)", single, hits);
                System.gc();
                System.out.printf("BENCH heap used after the queries: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
        fts5(queries);
    }

    /** CPU time of this process (com.sun.management, looked up through the system class loader), or -1. */
    private static long cpuNanos() {
        try {
            Class<?> bean = ClassLoader.getSystemClassLoader().loadClass("com.sun.management.OperatingSystemMXBean");
            return (Long) bean.getMethod("getProcessCpuTime").invoke(java.lang.management.ManagementFactory.getOperatingSystemMXBean());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1_000_000;
        }
    }

    private static void report(String engine, long[] nanos, long hits) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH %s: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d queries (%,d matches in all)%n", engine,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6,
                sorted.length, hits);
    }

    private static void fts5(List<Bench> queries) throws Exception {
        Path file = FOLDER.resolve("fts5.db");
        boolean build = !Files.exists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            if (build) {
                long start = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode=OFF");
                    st.execute("PRAGMA synchronous=OFF");
                    st.execute("CREATE VIRTUAL TABLE items USING fts5(text, id UNINDEXED, network UNINDEXED, kind UNINDEXED,"
                            + " language UNINDEXED, created UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')");
                }
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < ITEMS; i++) {
                        ArchivedItem item = ArchiveCorpus.item(i);
                        StringBuilder text = new StringBuilder(item.getText());
                        item.getRevisions().forEach(r -> text.append('\n').append(r.getText()));
                        insert.setString(1, text.toString());
                        insert.setString(2, item.getId());
                        insert.setString(3, item.getNetworkKind());
                        insert.setString(4, item.getKind().getLiteral());
                        insert.setString(5, item.getLanguage().startsWith("ca") ? "ca" : "es");
                        insert.setLong(6, item.getCreatedAt().getTime());
                        insert.addBatch();
                        if (i % 10_000 == 9_999) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                System.out.printf("BENCH SQLite FTS5 table built (generation included): %.1f s, %d MB on disk%n",
                        (System.nanoTime() - start) / 1e9, Files.size(file) >> 20);
            }
            long[] nanos = new long[queries.size()];
            long hits = 0;
            for (int round = 0; round < 4; round++) { // the first round warms up
                for (int i = 0; i < queries.size(); i++) {
                    long t = System.nanoTime();
                    long total = fts5Query(c, queries.get(i));
                    long took = System.nanoTime() - t;
                    if (round == 1) {
                        nanos[i] = took;
                        hits += total;
                    } else if (round > 1) {
                        nanos[i] = Math.min(nanos[i], took);
                    }
                }
            }
            report("SQLite FTS5", nanos, hits);
        }
    }

    /** The same page as Lucene's: total count and the 20 newest matches with a snippet. */
    private static long fts5Query(Connection c, Bench q) throws Exception {
        StringBuilder where = new StringBuilder(" WHERE items MATCH ?");
        List<Object> params = new ArrayList<>();
        params.add(fts5Match(q.text()));
        if (q.network() != null) {
            where.append(" AND network = ?");
            params.add(q.network());
        }
        if (q.kind() != null) {
            where.append(" AND kind = ?");
            params.add(q.kind().toUpperCase());
        }
        if (q.language() != null) {
            where.append(" AND language = ?");
            params.add(q.language());
        }
        if (q.from() != null) {
            where.append(" AND created >= ? AND created < ?");
            params.add(q.from().toEpochMilli());
            params.add(q.to().toEpochMilli());
        }
        long total;
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM items" + where)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, snippet(items, 0, '[', ']', '…', 30) FROM items" + where + " ORDER BY created DESC LIMIT 20")) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        }
        return total;
    }

    private static void bind(PreparedStatement st, List<Object> params) throws Exception {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    /** Words as FTS5 strings (all required), a quoted phrase kept as one. */
    private static String fts5Match(String text) {
        if (text.startsWith("\"")) {
            return text;
        }
        return String.join(" ", Stream.of(text.split("\\s+")).map(w -> "\"" + w.replace("\"", "") + "\"").toList());
    }

    private static List<Bench> queries() {
        String[] words = { "ocupació", "ocupacio", "formación", "formaciones", "contractes", "contracte", "contratos", "subvencions",
                "subvención", "curs", "cursos", "hostaleria", "hostelería", "turisme", "turismo", "informàtica", "informatica", "València",
                "valencia", "Alacant", "Elx", "Gandia", "Xàtiva", "xativa", "requisits", "requisitos", "inscripció", "inscripcion",
                "orientació", "orientación", "entrevista", "pràctiques", "practicas", "joves", "jóvenes", "empreses", "empresas",
                "plazas", "places", "correu" };
        String[] pairs = { "curs València", "oferta hostelería", "contractes Elx", "subvenciones jóvenes", "formació dual",
                "taller orientació", "feria empleo", "fira ocupació", "curso Alacant", "requisits contractes", "inscripció curs",
                "plazo junio", "termini juny", "empresas participantes", "empreses participants", "oferta comerç", "oferta comercio",
                "prácticas remuneradas", "pràctiques remunerades", "sanidad Torrent", "sanitat Torrent", "logística Paterna",
                "energías renovables", "energies renovables", "entrevista trabajo", "entrevista treball", "atención sociosanitaria",
                "curs informàtica", "correo inscrito", "correu inscrit" };
        String[] phrases = { "\"formació dual\"", "\"oferta de empleo\"", "\"oferta d'ocupació\"", "\"curso de hostelería\"",
                "\"contractes de treball\"", "\"contratos de trabajo\"", "\"entrevista de treball\"", "\"personas desempleadas\"",
                "\"persones desocupades\"", "\"energies renovables\"" };
        List<Bench> all = new ArrayList<>();
        for (String w : words) {
            all.add(new Bench(w, null, null, null, null, null));
        }
        for (String p : pairs) {
            all.add(new Bench(p, null, null, null, null, null));
        }
        for (String p : phrases) {
            all.add(new Bench(p, null, null, null, null, null));
        }
        Instant y2023 = Instant.parse("2023-01-01T00:00:00Z");
        Instant y2024 = Instant.parse("2024-01-01T00:00:00Z");
        Instant march = Instant.parse("2024-03-01T00:00:00Z");
        Instant april = Instant.parse("2024-04-01T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            String word = words[(i * 7) % words.length];
            all.add(switch (i % 5) {
            case 0 -> new Bench(word, ArchiveCorpus.NETWORKS[i % 8], null, null, null, null);
            case 1 -> new Bench(word, null, "post", null, null, null);
            case 2 -> new Bench(word, null, null, i % 2 == 0 ? "ca" : "es", null, null);
            case 3 -> new Bench(word, null, null, null, y2023, y2024);
            default -> new Bench(word, "facebook", "comment", null, march, april);
            });
        }
        return all;
    }

    private static void ensureGenerated() throws Exception {
        if (Files.exists(FOLDER.resolve(Workspace.DATABASE_FILE))) {
            try (Workspace existing = Workspace.open(FOLDER)) {
                if (existing.archive().count() == ITEMS) {
                    return;
                }
            }
            deleteTree(FOLDER);
        }
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(FOLDER)) {
            workspace.archive().saveAll(IntStream.range(0, ITEMS).mapToObj(ArchiveCorpus::item).iterator(), ITEMS,
                    new NullProgressMonitor());
        }
        System.out.printf("BENCH generated %,d items into the store in %d s%n", ITEMS, (System.nanoTime() - start) / 1_000_000_000);
    }

    private static long size(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
