package org.pregon.network.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.network.mastodon.MastodonConnector;
import org.pregon.network.x.XConnector;
import org.pregon.testing.LocalPds;
import org.pregon.testing.LocalWireMock;

/**
 * The publisher's throughput and lateness: 10,000 posts due at once (or spread over a time), across Facebook, X and
 * Mastodon (one account each, on WireMock playing the networks with their documented replies and
 * rate limits, see {@link PublishPeers}) and Bluesky (a real local PDS with its real rate limits,
 * which allow about 1,600 posts an hour per account: so fewer posts there), published by one or two
 * publishers with the product's settings on PostgreSQL (team mode) or an embedded workspace.
 * Prints BENCH lines: throughput, and lateness (publication time as the network stamped it minus due
 * time, or minus the publishers' start for posts due before it) at p50/p99, split into the waits the networks imposed (a 429 or throttling answer, from then
 * until the time it named) and the rest, the publisher's own.
 *
 * <pre>./mvnw -o -B verify -Pbenchmark -pl target-platform,bundles/org.pregon.model,bundles/org.pregon.core,bundles/org.pregon.testing,bundles/org.pregon.network.facebook,bundles/org.pregon.network.x,bundles/org.pregon.network.mastodon,bundles/org.pregon.network.bluesky,bundles/org.pregon.network.bluesky.tests</pre>
 * (-Dpregon.bench.publishers=1|2, -Dpregon.bench.store=postgresql|sqlite, -Dpregon.bench.posts, -Dpregon.bench.bluesky,
 * -Dpregon.bench.spread=seconds)
 */
public class PublisherBenchmark {
    private static final int POSTS = Integer.getInteger("pregon.bench.posts", 10_000);
    private static final int BLUESKY = Integer.getInteger("pregon.bench.bluesky", 1_000);
    private static final int PUBLISHERS = Integer.getInteger("pregon.bench.publishers", 2);
    private static final String STORE = System.getProperty("pregon.bench.store", "postgresql");
    /** 0: all posts due when the publishers start (a backlog); else their due times spread evenly over this many seconds. */
    private static final int SPREAD = Integer.getInteger("pregon.bench.spread", 0);
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final List<String> WIREMOCK_NETWORKS = List.of("facebook", "x", "mastodon");

    @TempDir
    Path folder;

    @Test
    public void publishTenThousandDuePosts() throws Exception {
        // the documented limits (X 100 posts per 15 min, Mastodon 300 calls per 5 min, Meta's hourly page quota)
        // with windows shortened so that a run of minutes meets them often: X and Mastodon at 5 calls/s each,
        // under what the publisher sends them; Facebook's rarely, and then with its whole-minute wait
        PublishPeers peers = new PublishPeers(Map.of("facebook", new PublishPeers.Limit(1200, Duration.ofSeconds(60)), "x",
                new PublishPeers.Limit(100, Duration.ofSeconds(20)), "mastodon", new PublishPeers.Limit(300, Duration.ofSeconds(60))));
        String pdsFolder = System.getProperty("pregon.pds.dir");
        String log = System.getProperty("pregon.pds.log");
        if (pdsFolder == null || log == null) {
            fail("run through Maven: the surefire argLine sets pregon.pds.dir and pregon.pds.log");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_bench_" + Long.toHexString(System.nanoTime());
        try (LocalWireMock wireMock = new LocalWireMock(peers).start(); LocalPds pds = LocalPds.start(Path.of(pdsFolder), Path.of(log + ".bench"))) {
            wireMock.server().stubFor(any(anyUrl()).willReturn(aResponse())); // PublishPeers answers every call
            PdsAccount bluesky = PdsAccount.create(new Xrpc(pds.url()), "bench" + Long.toHexString(System.nanoTime() % 0xfffff));
            Map<String, Account> accounts = new HashMap<>();
            accounts.put("facebook", account("facebook", "Ajuntament", wireMock.baseUrl() + "/v21.0"));
            accounts.put("x", account("x", "@ajuntament", wireMock.baseUrl().toString()));
            accounts.put("mastodon", account("mastodon", "@ajuntament@social.example", wireMock.baseUrl().toString()));
            accounts.put("bluesky", bluesky.account());
            Map<String, Credentials> secrets = Map.of(accounts.get("facebook").getId(),
                    new Credentials(Map.of("pageId", "104857600", "pageAccessToken", "EAAbench")), accounts.get("x").getId(),
                    new Credentials(Map.of("accessToken", "x-bench-token")), accounts.get("mastodon").getId(),
                    new Credentials(Map.of("accessToken", "mastodon-bench-token")), bluesky.account().getId(), bluesky.credentials());

            if (STORE.equals("postgresql")) {
                try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA " + schema);
                }
            }
            List<Workspace> workspaces = new ArrayList<>();
            try {
                for (int i = 0; i < PUBLISHERS; i++) {
                    workspaces.add(STORE.equals("postgresql")
                            ? Workspace.openShared(new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials), Migrations.bundled())
                            : i == 0 ? Workspace.open(folder) : workspaces.get(0));
                }
                Workspace store = workspaces.get(0);
                accounts.values().forEach(store.accounts()::save);
                if (SPREAD == 0) {
                    schedule(store, accounts); // a backlog: everything is due when the publishers start
                }
                CountDownLatch accepted = new CountDownLatch(POSTS);
                Map<String, NetworkConnector> connectors = Map.of("facebook", counting(new FacebookConnector(), accepted, null), "x",
                        counting(new XConnector(), accepted, null), "mastodon", counting(new MastodonConnector(), accepted, null),
                        "bluesky", counting(new BlueskyConnector(), accepted, peers));

                long started = System.currentTimeMillis();
                List<Thread> threads = new ArrayList<>();
                NullProgressMonitor stop = new NullProgressMonitor();
                for (Workspace workspace : workspaces) {
                    Publisher publisher = new Publisher(workspace, kind -> Optional.ofNullable(connectors.get(kind)),
                            id -> secrets.get(id), Publisher.Settings.defaults());
                    Thread thread = new Thread(() -> publisher.run(stop), "publisher-" + threads.size());
                    threads.add(thread);
                    thread.start();
                }
                if (SPREAD > 0) {
                    // saved while the publishers run, as workbenches do; the first is due a minute after saving begins
                    schedule(store, accounts);
                }
                boolean all = accepted.await(30, TimeUnit.MINUTES);
                stop.setCanceled(true);
                for (Thread thread : threads) {
                    thread.join(TimeUnit.MINUTES.toMillis(2));
                }
                assertTrue(all, "not published within 30 minutes: " + accepted.getCount() + " left");
                report(store, accounts, peers, started, bluesky, pds);
            } finally {
                for (Workspace workspace : workspaces.stream().distinct().toList()) {
                    workspace.close();
                }
                if (STORE.equals("postgresql")) {
                    try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                        st.execute("DROP SCHEMA " + schema + " CASCADE");
                    }
                }
            }
        }
    }

    /**
     * POSTS posts: BLUESKY of them for Bluesky, the others in turn for Facebook, X and Mastodon (about a third each); all due
     * at once (in the past: a backlog), or spread over SPREAD seconds from a minute from now.
     */
    private static void schedule(Workspace workspace, Map<String, Account> accounts) {
        long first = SPREAD == 0 ? System.currentTimeMillis() : System.currentTimeMillis() + 60_000;
        PregonFactory f = PregonFactory.eINSTANCE;
        int every = BLUESKY > 0 ? Math.max(1, POSTS / BLUESKY) : Integer.MAX_VALUE;
        for (int i = 0; i < POSTS; i++) {
            // Bluesky's evenly among the others, so no network has a stretch of the queue to itself
            String network = i % every == 0 && i / every < BLUESKY ? "bluesky" : WIREMOCK_NETWORKS.get(i % WIREMOCK_NETWORKS.size());
            Post post = f.createPost();
            post.setId("bench-" + i);
            post.setStatus(PostStatus.SCHEDULED);
            // in the order they are saved, so each is saved well before it is due
            post.setScheduledAt(new Date(first + (long) SPREAD * 1000 * i / POSTS));
            LocalizedText text = f.createLocalizedText();
            text.setLanguage("es");
            text.setText("Convocatoria " + i + ": el plazo de inscripción en los cursos de empleo abre el lunes. https://www.example.es/empleo");
            post.getTexts().add(text);
            PostVariant variant = f.createPostVariant();
            variant.setId(post.getId() + "-" + network);
            variant.setAccountId(accounts.get(network).getId());
            variant.setStatus(PostStatus.SCHEDULED);
            variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
            post.getVariants().add(variant);
            workspace.posts().save(post);
        }
    }

    /** Lateness is counted from the due time, or from the publishers' start for posts due before (a backlog). */
    private void report(Workspace store, Map<String, Account> accounts, PublishPeers peers, long started, PdsAccount bluesky,
            LocalPds pds) throws Exception {
        Map<String, String> networkOf = new HashMap<>();
        accounts.forEach((network, account) -> networkOf.put(account.getId(), network));
        List<PublishPeers.Block> blocks = peers.blocks();
        List<Long> lateness = new ArrayList<>();
        List<Long> forced = new ArrayList<>();
        List<Long> own = new ArrayList<>();
        Map<String, Integer> published = new HashMap<>();
        long last = 0;
        List<Post> posts = store.posts().between(new Date(0), new Date(Long.MAX_VALUE / 2));
        for (Post post : posts) {
            PostVariant variant = post.getVariants().get(0);
            assertEquals(PostStatus.PUBLISHED, variant.getStatus(), post.getId() + ": " + variant.getFailureReason());
            String network = networkOf.get(variant.getAccountId());
            published.merge(network, 1, Integer::sum);
            long at = variant.getPublishedAt().getTime();
            last = Math.max(last, at);
            long from = Math.max(started, post.getScheduledAt().getTime());
            long late = Math.max(0, at - from);
            long imposed = imposed(blocks, network, from, at);
            lateness.add(late);
            forced.add(imposed);
            own.add(Math.max(0, late - imposed));
        }
        assertEquals(POSTS, posts.size());
        // the networks' side: each post published once
        for (String network : WIREMOCK_NETWORKS) {
            assertEquals(published.get(network), peers.published().get(network), network + " publications seen by the network");
        }
        int onPds = PdsRecords.count(new Xrpc(pds.url()), bluesky);
        assertEquals(BLUESKY, onPds, "Bluesky publications on the PDS");

        double seconds = (last - started) / 1000.0;
        System.out.printf("BENCH publisher: %d posts (%s) due %s by %d publisher(s) on %s in %.1f s: %.1f posts/s%n", POSTS, published,
                SPREAD == 0 ? "at once" : "over " + SPREAD + " s", PUBLISHERS, STORE, seconds, POSTS / seconds);
        System.out.printf("BENCH publisher lateness (published - later of due and start): p50 %.1f s, p99 %.1f s, max %.1f s%n", p(lateness, 50),
                p(lateness, 99), p(lateness, 100));
        System.out.printf("BENCH publisher lateness imposed by rate limits: p50 %.1f s, p99 %.1f s (%d throttling answers: %s)%n",
                p(forced, 50), p(forced, 99), blocks.size(), summary(blocks));
        System.out.printf("BENCH publisher own lateness (beyond rate limits): p50 %.1f s, p99 %.1f s, max %.1f s%n", p(own, 50), p(own, 99),
                p(own, 100));
    }

    /** How much of [from, to] the network spent refusing the account. */
    private static long imposed(List<PublishPeers.Block> blocks, String network, long from, long to) {
        long total = 0;
        long covered = from;
        for (PublishPeers.Block block : blocks.stream().filter(b -> b.network().equals(network))
                .sorted((a, b) -> Long.compare(a.from(), b.from())).toList()) {
            long start = Math.max(covered, block.from());
            long end = Math.min(to, block.until());
            if (end > start) {
                total += end - start;
                covered = end;
            }
        }
        return total;
    }

    private static String summary(List<PublishPeers.Block> blocks) {
        Map<String, List<String>> byNetwork = new HashMap<>();
        blocks.forEach(b -> byNetwork.computeIfAbsent(b.network(), n -> new ArrayList<>())
                .add(String.format("%.1f s", (b.until() - b.from()) / 1000.0)));
        return byNetwork.toString();
    }

    /** The q-th percentile in seconds (nearest rank). */
    private static double p(List<Long> millis, int q) {
        List<Long> sorted = millis.stream().sorted().toList();
        int rank = (int) Math.ceil(q / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1000.0;
    }

    private static Account account(String network, String handle, String server) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId(java.util.UUID.randomUUID().toString());
        account.setNetworkKind(network);
        account.setHandle(handle);
        account.setServerUrl(server);
        return account;
    }

    /**
     * The connector as it is (a PublicationFinder stays one), counting the publications its network
     * accepted, and telling {@code imposed} (when not null) the waits its network asked for by a 429.
     */
    private static NetworkConnector counting(NetworkConnector real, CountDownLatch accepted, PublishPeers imposed) {
        return (NetworkConnector) Proxy.newProxyInstance(PublisherBenchmark.class.getClassLoader(), real.getClass().getInterfaces(),
                (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(real, arguments);
                        if (method.getName().equals("publish") && result instanceof PublishResult) {
                            accepted.countDown();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        if (imposed != null && e.getCause() instanceof RateLimitedException limited) {
                            long now = System.currentTimeMillis();
                            imposed.block("bluesky", now, now + limited.retryAfter().toMillis());
                        }
                        throw e.getCause();
                    }
                });
    }
}
