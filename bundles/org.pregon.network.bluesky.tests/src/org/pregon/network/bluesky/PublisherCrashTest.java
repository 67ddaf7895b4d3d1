package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.Workspace;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.LocalPds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Exactly once under kill -9: a publisher in a child JVM publishes due posts to a real PDS and is
 * killed with SIGKILL at random moments, over and over, a fresh one started each time, until one
 * finishes. Then the PDS must hold every post exactly once and the workspace must agree with it.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "pregon.crashTest", matches = "true",
        disabledReason = "slow (minutes): run with ./mvnw verify -Dpregon.crashTest=true")
public class PublisherCrashTest {
    private static final int POSTS = 60;
    private static final int MIN_KILLS = 100;

    @TempDir
    Path folder;

    @Test
    public void sigkillAtRandomPointsNeitherLosesNorDuplicatesAPublication() throws Exception {
        String pdsFolder = System.getProperty("pregon.pds.dir");
        String log = System.getProperty("pregon.pds.log");
        if (pdsFolder == null || log == null) {
            fail("run through Maven: the surefire argLine sets pregon.pds.dir and pregon.pds.log");
        }
        try (LocalPds pds = LocalPds.start(Path.of(pdsFolder), Path.of(log + ".crash"))) {
            Xrpc xrpc = new Xrpc(pds.url());
            PdsAccount ajuntament = PdsAccount.create(xrpc, "crash" + Long.toHexString(System.nanoTime() % 0xfffff));
            Map<String, String> textById = schedule(ajuntament);
            long started = System.nanoTime();
            int kills = killUntilDone(ajuntament);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

            Map<String, Integer> onPds = countByText(xrpc, ajuntament);
            List<String> lost = new ArrayList<>();
            List<String> duplicated = new ArrayList<>();
            for (String text : textById.values()) {
                int n = onPds.getOrDefault(text, 0);
                if (n == 0) {
                    lost.add(text);
                } else if (n > 1) {
                    duplicated.add(text + " x" + n);
                }
            }
            System.out.println("PublisherCrashTest: " + kills + " SIGKILLs, " + POSTS + " posts, " + lost.size() + " lost, "
                    + duplicated.size() + " duplicated, " + seconds + " s");
            assertEquals(List.of(), lost, "lost publications");
            assertEquals(List.of(), duplicated, "duplicated publications");
            assertEquals(POSTS, onPds.values().stream().mapToInt(Integer::intValue).sum(), "only our posts are on the PDS");
            assertTrue(kills >= MIN_KILLS, "only " + kills + " kills");
            try (Workspace workspace = Workspace.open(folder)) {
                for (String id : textById.keySet()) {
                    Post post = workspace.posts().find(id).orElseThrow();
                    PostVariant variant = post.getVariants().get(0);
                    assertEquals(PostStatus.PUBLISHED, variant.getStatus(), id + ": " + variant.getFailureReason());
                    assertEquals(PostStatus.PUBLISHED, post.getStatus(), id);
                    assertEquals(1, variant.getRemoteIds().size(), id);
                    assertTrue(workspace.archive().find("arch-bluesky-" + variant.getRemoteIds().get(0)).isPresent(), id);
                }
            }
        }
    }

    /** Posts due now, each with its own text, for the account; returns the text each post should have on the PDS. */
    private Map<String, String> schedule(PdsAccount account) throws Exception {
        Map<String, String> textById = new HashMap<>();
        PregonFactory f = PregonFactory.eINSTANCE;
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.accounts().save(account.account());
            for (int i = 0; i < POSTS; i++) {
                Post post = f.createPost();
                post.setId("crash-" + i);
                post.setStatus(PostStatus.SCHEDULED);
                post.setScheduledAt(new Date(System.currentTimeMillis() - 60_000 + i));
                LocalizedText text = f.createLocalizedText();
                text.setLanguage("es");
                text.setText("Aviso " + i + " del servicio de empleo: inscripciones abiertas");
                post.getTexts().add(text);
                PostVariant variant = f.createPostVariant();
                variant.setId("crash-" + i + "-bsky");
                variant.setAccountId(account.account().getId());
                variant.setStatus(PostStatus.SCHEDULED);
                variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
                post.getVariants().add(variant);
                workspace.posts().save(post);
                textById.put(post.getId(), text.getText());
            }
        }
        return textById;
    }

    /** Starts publishers one after another, killing each at a random moment after it opened the workspace, until one is done. */
    private int killUntilDone(PdsAccount account) throws Exception {
        Random random = new Random(20261201);
        int kills = 0;
        for (int round = 0; round < 1000; round++) {
            Process child = start(account);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("READY", out.readLine(), "the child publisher did not start");
                // the kill point: a random time into its work (fault injection, not synchronization)
                boolean finished = child.waitFor(random.nextInt(1000), TimeUnit.MILLISECONDS);
                if (!finished) {
                    child.destroyForcibly();
                    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
                    kills++;
                    continue;
                }
                assertEquals(0, child.exitValue(), "the child publisher failed");
                // a child also finishes when what is left waits for a backoff: only an empty queue ends the test
                if (allPublished()) {
                    return kills;
                }
            }
        }
        fail("the publisher never finished");
        return kills;
    }

    private boolean allPublished() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            return workspace.posts().between(new Date(0), new Date(Long.MAX_VALUE / 2)).stream()
                    .allMatch(p -> p.getStatus() == PostStatus.PUBLISHED);
        }
    }

    private Process start(PdsAccount account) throws Exception {
        Set<String> classpath = new LinkedHashSet<>();
        ClassLoader core = Workspace.class.getClassLoader();
        ClassLoader model = org.pregon.model.PregonPackage.class.getClassLoader();
        Class<?> httpClients = core.loadClass("org.apache.hc.client5.http.impl.classic.HttpClients");
        for (Class<?> c : new Class<?>[] { PublisherChild.class, BlueskyConnector.class, Workspace.class,
                org.pregon.model.PregonPackage.class, model.loadClass("org.eclipse.emf.ecore.EObject"),
                model.loadClass("org.eclipse.emf.common.util.URI"), core.loadClass("org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl"),
                org.eclipse.core.runtime.IProgressMonitor.class,
                org.eclipse.osgi.util.NLS.class, core.loadClass("org.sqlite.JDBC"), JsonNode.class,
                core.loadClass("com.fasterxml.jackson.core.JsonFactory"), core.loadClass("com.fasterxml.jackson.annotation.JsonInclude"),
                httpClients, core.loadClass("org.apache.hc.core5.http.HttpEntity"),
                httpClients.getClassLoader().loadClass("org.apache.hc.core5.http2.HttpVersionPolicy"),
                httpClients.getClassLoader().loadClass("org.slf4j.LoggerFactory") }) {
            classpath.add(location(c));
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(File.pathSeparator, classpath), PublisherChild.class.getName(), folder.toString(), account.handle(),
                account.appPassword());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The jar or class folder a class was loaded from (class folders of a bundle run from its project: target/classes). */
    private static String location(Class<?> c) throws Exception {
        Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            String resource = c.getName().replace('.', '/') + ".class";
            for (Path candidate : List.of(location, location.resolve("target/classes"), location.resolve("bin"))) {
                if (Files.exists(candidate.resolve(resource))) {
                    return candidate.toString();
                }
            }
        }
        return location.toString();
    }

    /** How many times each text is on the PDS, read back with listRecords. */
    private static Map<String, Integer> countByText(Xrpc xrpc, PdsAccount account) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        String cursor = null;
        do {
            Map<String, String> parameters = new HashMap<>(Map.of("repo", account.did(), "collection", PostRecord.COLLECTION, "limit", "100"));
            if (cursor != null) {
                parameters.put("cursor", cursor);
            }
            JsonNode page = xrpc.send(Xrpc.query("com.atproto.repo.listRecords", parameters), new NullProgressMonitor());
            page.path("records").forEach(r -> counts.merge(r.path("value").path("text").asText(), 1, Integer::sum));
            cursor = page.path("records").size() == 0 ? null : page.path("cursor").asText(null);
        } while (cursor != null);
        return counts;
    }
}
