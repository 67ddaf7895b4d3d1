package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.Claim;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;

/**
 * Two publishers claiming at once never get the same variant, and together get every due one: on an
 * embedded workspace (two threads) and on a real PostgreSQL (two connections, schema dropped after).
 */
public class ClaimTest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final int VARIANTS = 200;
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path folder;

    @Test
    public void twoPublishersOnSqliteNeverClaimTheSameVariant() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            fill(workspace);
            assertDisjointAndComplete(race(workspace, workspace));
        }
    }

    @Test
    public void twoPublishersOnPostgresNeverClaimTheSameVariant() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_claim_" + Long.toHexString(System.nanoTime());
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try {
            PostgresDialect dialect = new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials);
            try (Workspace a = Workspace.openShared(dialect, Migrations.bundled());
                    Workspace b = Workspace.openShared(dialect, Migrations.bundled())) {
                fill(a);
                assertDisjointAndComplete(race(a, b));
            }
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void fill(Workspace workspace) {
        for (int p = 0; p < VARIANTS / 4; p++) {
            String id = "claim-" + p;
            workspace.posts().save(PublisherTest.post(id, NOW.minusSeconds(p), id + "-a", id + "-b", id + "-c", id + "-d"));
        }
        // not due yet: nobody may claim it
        workspace.posts().save(PublisherTest.post("later", NOW.plusSeconds(3600), "later-a"));
    }

    private static List<List<String>> race(Workspace first, Workspace second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (Workspace workspace : List.of(first, second)) {
                String name = "publisher-" + results.size();
                results.add(pool.submit((Callable<List<String>>) () -> {
                    List<String> claimed = new ArrayList<>();
                    for (Optional<Claim> c = claim(workspace, name); c.isPresent(); c = claim(workspace, name)) {
                        claimed.add(c.get().variantId());
                    }
                    return claimed;
                }));
            }
            List<List<String>> all = new ArrayList<>();
            for (Future<List<String>> f : results) {
                all.add(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Optional<Claim> claim(Workspace workspace, String name) {
        return workspace.publications().claimNext(name, NOW.toEpochMilli(), 600_000);
    }

    private static void assertDisjointAndComplete(List<List<String>> claims) {
        List<String> together = new ArrayList<>();
        claims.forEach(together::addAll);
        assertEquals(VARIANTS, new HashSet<>(together).size(), "every due variant claimed, the future one not");
        assertEquals(VARIANTS, together.size(), "no variant claimed twice: " + duplicates(together));
    }

    private static List<String> duplicates(List<String> ids) {
        return ids.stream().filter(id -> Collections.frequency(ids, id) > 1).distinct().toList();
    }
}
