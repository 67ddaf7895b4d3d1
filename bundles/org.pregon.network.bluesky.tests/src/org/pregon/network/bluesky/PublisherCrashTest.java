package org.pregon.network.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.publish.ArchiveIds;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.ChildJvm;
import org.pregon.testing.ChildOutput;
import org.pregon.network.mastodon.MastodonConnector;
import org.pregon.testing.LocalPds;
import org.pregon.testing.LocalWireMock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Exactly once under kill -9: a publisher in a child JVM publishes due posts and is killed with
 * SIGKILL over and over, a fresh one started each time: right after it journaled an attempt (before
 * the network is called), while the network is being called, after the network answered but before
 * the outcome was recorded, and at random moments (during login, claims, recovery). Then one is let
 * finish. Two lanes run side by side: the real PDS (no idempotency key) and a WireMock Mastodon (with
 * Idempotency-Key). Each network must hold every post exactly once, as it tells (PDS listRecords,
 * the Mastodon peer's publications), and each workspace must agree.
 * The PDS runs without its rate limits: every fresh publisher logs in once, and a hundred logins in
 * two minutes exceed createSession's 30 per 5 minutes, which has nothing to do with exactly-once.
 */
public class PublisherCrashTest {
    /**
     * Publishers killed side by side, each on its own workspace: one publishing to the real PDS
     * (createRecord takes no idempotency key: recovery reads the account's records back), one to a
     * WireMock Mastodon (recovery resends with the same Idempotency-Key, which Mastodon honours).
     */
    private static final List<String> NETWORKS = List.of("bluesky", "mastodon");
    private static final int POSTS_PER_LANE = 100;
    private static final int MIN_KILLS = 100;
    private static final Duration STEP = Duration.ofSeconds(60);

    /** Where a child is killed. */
    private enum KillPoint {
        /** stopped right after the attempt row committed, before the network is called */
        AFTER_JOURNAL,
        /** a few milliseconds after the call started: before, during or after the network published */
        DURING_CALL,
        /** stopped after the network answered, before the outcome is recorded */
        BEFORE_RECORD,
        /** a random time after the child opened the workspace */
        RANDOM
    }

    /** One workspace with its posts, published by one child at a time to one account of a network. */
    private record Lane(String network, Path folder, Account account, List<String> credentials, Map<String, String> textById,
            PeerCount peer) {
    }

    /** How many times each text was published, as the network itself tells. */
    @FunctionalInterface
    private interface PeerCount {
        Map<String, Integer> byText() throws Exception;
    }

    @TempDir
    Path folder;

    private final Map<KillPoint, Integer> kills = new ConcurrentHashMap<>();
    private final Map<String, Integer> killsByNetwork = new ConcurrentHashMap<>();

    @Test
    public void sigkillAtRandomPointsNeitherLosesNorDuplicatesAPublication() throws Exception {
        String pdsFolder = System.getProperty("pregon.pds.dir");
        String log = System.getProperty("pregon.pds.log");
        if (pdsFolder == null || log == null) {
            fail("run through Maven: the surefire argLine sets pregon.pds.dir and pregon.pds.log");
        }
        PublishPeers mastodon = new PublishPeers(Map.of("mastodon", new PublishPeers.Limit(Integer.MAX_VALUE, Duration.ofHours(1))));
        try (LocalPds pds = LocalPds.start(Path.of(pdsFolder), Path.of(log + ".crash"), Map.of("PDS_RATE_LIMITS_ENABLED", "false"));
                LocalWireMock wireMock = new LocalWireMock(mastodon).start()) {
            wireMock.server().stubFor(any(anyUrl()).willReturn(aResponse())); // PublishPeers answers
            Xrpc xrpc = new Xrpc(pds.url());
            PdsAccount bluesky = PdsAccount.create(xrpc, "crash" + Long.toHexString(System.nanoTime() % 0xfffff));
            Account toot = PregonFactory.eINSTANCE.createAccount();
            toot.setId(java.util.UUID.randomUUID().toString());
            toot.setNetworkKind("mastodon");
            toot.setHandle("@ajuntament@social.example");
            toot.setServerUrl(wireMock.baseUrl().toString());
            List<Lane> lanes = new ArrayList<>();
            for (String network : NETWORKS) {
                Path laneFolder = folder.resolve(network);
                Lane lane = network.equals("bluesky")
                        ? new Lane(network, laneFolder, bluesky.account(),
                                List.of("identifier=" + bluesky.handle(), "appPassword=" + bluesky.appPassword()),
                                schedule(laneFolder, bluesky.account(), network), () -> PdsRecords.countByText(xrpc, bluesky))
                        : new Lane(network, laneFolder, toot, List.of("accessToken=crash-token"), schedule(laneFolder, toot, network),
                                () -> mastodon.publishedTexts("mastodon"));
                lanes.add(lane);
            }
            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(lanes.size());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < lanes.size(); i++) {
                    Lane lane = lanes.get(i);
                    long seed = 20261201L + i;
                    running.add(pool.submit(() -> {
                        kill(lane, new Random(seed));
                        finish(lane);
                        return null;
                    }));
                }
                for (Future<?> lane : running) {
                    try {
                        lane.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        // a PDS that died under the test explains a hanging child better than the child does
                        pds.stopped().ifPresent(reason -> fail(reason, e.getCause()));
                        throw e;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            List<String> lost = new ArrayList<>();
            List<String> duplicated = new ArrayList<>();
            for (Lane lane : lanes) {
                Map<String, Integer> published = lane.peer().byText();
                for (String text : lane.textById().values()) {
                    int n = published.getOrDefault(text, 0);
                    if (n == 0) {
                        lost.add(lane.network() + ": " + text);
                    } else if (n > 1) {
                        duplicated.add(lane.network() + ": " + text + " x" + n);
                    }
                }
                assertEquals(POSTS_PER_LANE, published.values().stream().mapToInt(Integer::intValue).sum(),
                        lane.network() + ": only the lane's posts are on its account");
            }
            int total = total();
            System.out.println("PublisherCrashTest: " + total + " SIGKILLs " + kills + " " + killsByNetwork + ", " + lanes.size() * POSTS_PER_LANE + " posts, "
                    + lost.size() + " lost, " + duplicated.size() + " duplicated, " + seconds + " s");
            assertEquals(List.of(), lost, "lost publications");
            assertEquals(List.of(), duplicated, "duplicated publications");
            assertTrue(total >= MIN_KILLS, "only " + total + " kills");
            for (KillPoint point : KillPoint.values()) {
                assertTrue(kills.getOrDefault(point, 0) >= MIN_KILLS / 10, "too few kills at " + point + ": " + kills);
            }
            for (String network : NETWORKS) {
                assertTrue(killsByNetwork.getOrDefault(network, 0) >= MIN_KILLS / 4, "too few kills on " + network + ": " + killsByNetwork);
            }
            for (Lane lane : lanes) {
                try (Workspace workspace = Workspace.open(lane.folder())) {
                    for (String id : lane.textById().keySet()) {
                        Post post = workspace.posts().find(id).orElseThrow();
                        PostVariant variant = post.getVariants().get(0);
                        assertEquals(PostStatus.PUBLISHED, variant.getStatus(), id + ": " + variant.getFailureReason());
                        assertEquals(PostStatus.PUBLISHED, post.getStatus(), id);
                        assertEquals(1, variant.getRemoteIds().size(), id);
                        assertTrue(workspace.archive().find(ArchiveIds.of(lane.network(), variant.getRemoteIds().get(0))).isPresent(), id);
                    }
                }
            }
        }
    }

    /** Posts due now, each with its own text, for the account; returns the text each post should have on the PDS. */
    private static Map<String, String> schedule(Path folder, Account account, String prefix) throws Exception {
        Map<String, String> textById = new HashMap<>();
        PregonFactory f = PregonFactory.eINSTANCE;
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.accounts().save(account);
            for (int i = 0; i < POSTS_PER_LANE; i++) {
                Post post = f.createPost();
                post.setId(prefix + "-" + i);
                post.setStatus(PostStatus.SCHEDULED);
                post.setScheduledAt(new Date(System.currentTimeMillis() - 60_000 + i));
                LocalizedText text = f.createLocalizedText();
                text.setLanguage("es");
                text.setText("Aviso " + i + " (" + prefix + ") del servicio de empleo: inscripciones abiertas");
                post.getTexts().add(text);
                PostVariant variant = f.createPostVariant();
                variant.setId(post.getId() + "-" + prefix);
                variant.setAccountId(account.getId());
                variant.setStatus(PostStatus.SCHEDULED);
                variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
                post.getVariants().add(variant);
                workspace.posts().save(post);
                textById.put(post.getId(), text.getText());
            }
        }
        return textById;
    }

    /** Starts publishers one after another and kills each, taking turns at the kill points, until enough were killed in all. */
    private void kill(Lane lane, Random random) throws Exception {
        for (int round = 0; total() < MIN_KILLS; round++) {
            KillPoint point = KillPoint.values()[(round + random.nextInt(2)) % KillPoint.values().length];
            // mostly in a child's first or second publication, so the posts last for all the kills
            int nth = 1 + random.nextInt(2);
            String hold = switch (point) {
                case AFTER_JOURNAL -> "CALL:" + nth;
                case BEFORE_RECORD -> "SENT:" + nth;
                default -> "none";
            };
            Process child = start(lane, hold);
            try {
                ChildOutput out = new ChildOutput(child);
                assertTrue(out.await("READY"::equals, STEP).isPresent(), "the child publisher did not start");
                // the kill points (fault injection, not synchronization): a held child waits for us, the others run on
                boolean reached = switch (point) {
                    case AFTER_JOURNAL -> awaitNth(out, "CALL ", nth);
                    case BEFORE_RECORD -> awaitNth(out, "SENT ", nth);
                    case DURING_CALL -> awaitNth(out, "CALL ", nth) && !child.waitFor(random.nextInt(40), TimeUnit.MILLISECONDS);
                    case RANDOM -> !child.waitFor(random.nextInt(1000), TimeUnit.MILLISECONDS);
                };
                if (!reached || !child.isAlive()) {
                    // it ran out of due posts before the kill point
                    assertTrue(child.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), "the child publisher hangs");
                    assertEquals(0, child.exitValue(), "the child publisher failed");
                    if (allPublished(lane)) {
                        fail("all posts of " + lane.folder().getFileName() + " were published after only " + kills
                                + " kills: schedule more posts");
                    }
                    continue;
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
                kills.merge(point, 1, Integer::sum);
                killsByNetwork.merge(lane.network(), 1, Integer::sum);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    /** Lets publishers run undisturbed until nothing is left (one may stop while a post waits out its backoff). */
    private void finish(Lane lane) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!allPublished(lane)) {
            assertTrue(System.nanoTime() < deadline, "the publisher never finished");
            Process child = start(lane, "none");
            try {
                ChildOutput out = new ChildOutput(child);
                assertTrue(out.await("DONE"::equals, Duration.ofMinutes(2)).isPresent(), "the last publisher did not finish");
                assertTrue(child.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), "the last publisher did not exit");
                assertEquals(0, child.exitValue(), "the last publisher failed");
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static boolean awaitNth(ChildOutput out, String prefix, int nth) throws InterruptedException {
        for (int i = 0; i < nth; i++) {
            if (out.await(line -> line.startsWith(prefix), STEP).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private int total() {
        return kills.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static boolean allPublished(Lane lane) throws Exception {
        try (Workspace workspace = Workspace.open(lane.folder())) {
            return workspace.posts().between(new Date(0), new Date(Long.MAX_VALUE / 2)).stream()
                    .allMatch(p -> p.getStatus() == PostStatus.PUBLISHED);
        }
    }

    private static Process start(Lane lane, String hold) throws Exception {
        List<Class<?>> runtime = new ArrayList<>(List.of(BlueskyConnector.class, MastodonConnector.class, Workspace.class,
                org.pregon.model.PregonPackage.class, org.eclipse.core.runtime.IProgressMonitor.class, org.eclipse.osgi.util.NLS.class,
                JsonNode.class));
        runtime.addAll(ChildJvm.load(org.pregon.model.PregonPackage.class, "org.eclipse.emf.ecore.EObject",
                "org.eclipse.emf.common.util.URI"));
        runtime.addAll(ChildJvm.load(Workspace.class, "org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl", "org.sqlite.JDBC",
                "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.JsonInclude",
                "org.apache.hc.core5.http.HttpEntity"));
        Class<?> httpClients = Workspace.class.getClassLoader().loadClass("org.apache.hc.client5.http.impl.classic.HttpClients");
        runtime.add(httpClients);
        runtime.addAll(ChildJvm.load(httpClients, "org.apache.hc.core5.http2.HttpVersionPolicy", "org.slf4j.LoggerFactory"));
        try {
            // SLF4J's no-op binding, when the runtime has it: quiet children instead of three warnings each
            runtime.addAll(ChildJvm.load(runtime.get(runtime.size() - 1), "org.slf4j.impl.StaticLoggerBinder"));
        } catch (ClassNotFoundException e) {
            // the warnings are harmless
        }
        List<String> arguments = new ArrayList<>(List.of(lane.folder().toString(), hold, lane.network()));
        arguments.addAll(lane.credentials());
        return ChildJvm.start(PublisherChild.class, arguments, runtime);
    }
}
