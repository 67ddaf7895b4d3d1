package org.pregon.core.tests.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.http.Json;
import org.pregon.core.networks.Credentials;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Claim;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.HttpPeerConnector;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Two publishers claiming at once never get the same variant, and together get every due one: on an
 * embedded workspace (two threads) and on a real PostgreSQL (two connections, schema dropped after);
 * and two whole publishers on one PostgreSQL publish each variant exactly once to an HTTP peer.
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

    /**
     * Two Publisher instances, each with its own connection pool to one PostgreSQL schema (two machines
     * of a team), drain the same 200 due variants at the same time through a real HTTP peer: the peer's
     * request journal shows every variant sent exactly once, both publishers took part, and the store
     * records every variant published with the id the peer gave it.
     */
    @Test
    public void twoPublishersOnPostgresPublishEveryVariantExactlyOnce() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_twopub_" + Long.toHexString(System.nanoTime());
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (LocalWireMock peer = new LocalWireMock().start()) {
            // a little latency, as a network has: the two publishers' calls overlap
            peer.server().stubFor(post(urlEqualTo("/statuses")).willReturn(okJson("{\"id\":\"7\"}").withFixedDelay(5)));
            PostgresDialect dialect = new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials);
            try (Workspace a = Workspace.openShared(dialect, Migrations.bundled());
                    Workspace b = Workspace.openShared(dialect, Migrations.bundled())) {
                a.accounts().save(account());
                fill(a);
                HttpPeerConnector network = new HttpPeerConnector(peer.baseUrl());
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<Integer>> handled = new ArrayList<>();
                    for (Workspace workspace : List.of(a, b)) {
                        Publisher publisher = new Publisher(workspace, kind -> Optional.of(network),
                                id -> new Credentials(Map.of("accessToken", "t")), new Publisher.Settings(Duration.ofMinutes(10),
                                        Duration.ofSeconds(30), Duration.ofMinutes(30), 3, Duration.ofSeconds(1),
                                        Clock.fixed(NOW, ZoneOffset.UTC), new RecordingSleeper()));
                        handled.add(pool.submit(() -> {
                            start.await();
                            return publisher.drain(new NullProgressMonitor());
                        }));
                    }
                    start.countDown();
                    int first = handled.get(0).get(2, TimeUnit.MINUTES);
                    int second = handled.get(1).get(2, TimeUnit.MINUTES);
                    assertEquals(VARIANTS, first + second, "every due variant handled once (the later one not)");
                    assertTrue(first > 0 && second > 0, "both publishers published: " + first + " and " + second);
                } finally {
                    pool.shutdownNow();
                }
                Map<String, Long> sent = peer.server().findAll(postRequestedFor(urlEqualTo("/statuses"))).stream()
                        .collect(Collectors.groupingBy(ClaimTest::variantSent, Collectors.counting()));
                assertEquals(VARIANTS, sent.size(), "every due variant reached the network");
                assertEquals(Map.of(), sent.entrySet().stream().filter(e -> e.getValue() != 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "variants sent more than once");
                for (int p = 0; p < VARIANTS / 4; p++) {
                    Post post = b.posts().find("claim-" + p).orElseThrow();
                    assertEquals(PostStatus.PUBLISHED, post.getStatus(), post.getId());
                    for (PostVariant variant : post.getVariants()) {
                        assertEquals(List.of(variant.getId() + "-7"), variant.getRemoteIds(), variant.getId());
                    }
                }
                assertEquals(PostStatus.SCHEDULED, a.posts().find("later").orElseThrow().getStatus(), "the post not due stays");
            }
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** The account the due variants are for (PublisherTest.post names it "acc"). */
    private static Account account() {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc");
        account.setNetworkKind("test-http");
        account.setHandle("@empleo");
        account.setCredentialState(CredentialState.VALID);
        return account;
    }

    private static String variantSent(LoggedRequest request) {
        try {
            return Json.mapper().readTree(request.getBodyAsString()).path("variant").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
