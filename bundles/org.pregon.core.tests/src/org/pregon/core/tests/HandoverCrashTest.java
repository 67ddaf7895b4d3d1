package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.NativeSchedules;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.publish.PublisherTest;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.ChildJvm;

/**
 * A publisher killed with SIGKILL while handing posts over, most often right after the network
 * scheduled one and before Pregón recorded it: after restarts every post is scheduled on the network
 * exactly once, and Pregón knows each by the network's id.
 */
public class HandoverCrashTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final int POSTS = 24;

    @TempDir
    Path folder;

    @Test
    public void killedWhileHandingOverNeitherLosesNorDuplicatesAScheduledPost() throws Exception {
        Path data = folder.resolve("ws");
        Path network = Files.createDirectories(folder.resolve("network"));
        Map<String, String> textOf = new java.util.HashMap<>();
        try (Workspace workspace = Workspace.open(data)) {
            Account account = PregonFactory.eINSTANCE.createAccount();
            account.setId("acc");
            account.setNetworkKind("test-file");
            account.setHandle("@empleo");
            account.setCredentialState(CredentialState.VALID);
            workspace.accounts().save(account);
            for (int i = 0; i < POSTS; i++) {
                Post post = PublisherTest.post("p" + i, NOW.plus(Duration.ofDays(1 + i)), "v" + i);
                post.getTexts().get(0).setText("Aviso " + i + ": feria de empleo");
                workspace.posts().save(post);
                textOf.put("v" + i, "Aviso " + i + ": feria de empleo");
            }
        }
        Random random = new Random(20261130);
        int kills = 0;
        int lostAnswers = 0;
        for (int round = 0; round < 12; round++) {
            Process child = start(data, network, NOW.plus(Duration.ofMinutes(round)));
            // most rounds die right after the network acted (the worst moment), some a little later
            int killAfter = 1 + random.nextInt(3);
            boolean done = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int scheduled = 0;
                while (scheduled < killAfter && (line = out.readLine()) != null) {
                    scheduled += line.startsWith("SCHEDULED ") ? 1 : 0;
                    done |= line.equals("DONE");
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            }
            if (!done && child.exitValue() == 137) {
                kills++;
            }
            lostAnswers += lostAnswers(data, network);
        }
        System.out.println("HandoverCrashTest: " + kills + " kills, " + lostAnswers + " between the network's answer and its record");
        assertTrue(kills >= 8, "too few kills to prove anything: " + kills);
        assertTrue(lostAnswers >= 3, "too few kills between the network's answer and its record: " + lostAnswers);

        Process last = start(data, network, NOW.plus(Duration.ofMinutes(30)));
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(last.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(output::add);
        }
        assertTrue(last.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), output.toString());
        assertTrue(output.contains("DONE"), output.toString());

        List<String[]> held = new FileScheduler(network).entries();
        assertEquals(POSTS, held.size(), "one scheduled post per variant, none twice");
        Set<String> texts = new HashSet<>();
        held.forEach(e -> texts.add(e[2]));
        assertEquals(new HashSet<>(textOf.values()), texts);
        try (Workspace workspace = Workspace.open(data)) {
            Set<String> ids = new HashSet<>();
            for (int n = 0; n < POSTS; n++) {
                int i = n;
                NativeSchedules.Row row = workspace.nativeSchedules().find("v" + i).orElseThrow();
                assertEquals(NativeSchedules.SCHEDULED, row.state(), "v" + i);
                String[] entry = held.stream().filter(e -> e[0].equals(row.remoteId())).findFirst()
                        .orElseThrow(() -> new AssertionError("v" + i + " points at nothing on the network"));
                assertEquals(textOf.get("v" + i), entry[2]);
                assertEquals(Long.toString(NOW.plus(Duration.ofDays(1 + i)).getEpochSecond()), entry[1]);
                ids.add(row.remoteId());
                PostVariant variant = workspace.posts().find("p" + i).orElseThrow().getVariants().get(0);
                assertEquals(Date.from(NOW.plus(Duration.ofDays(1 + i))), variant.getHandedOverFor());
            }
            assertEquals(POSTS, ids.size());
        }
    }

    /** Hand-overs the network made but Pregón has not recorded: journaled, unanswered, and on the network. */
    private static int lostAnswers(Path data, Path network) throws Exception {
        List<String[]> held = new FileScheduler(network).entries();
        int lost = 0;
        try (Workspace workspace = Workspace.open(data)) {
            for (int i = 0; i < POSTS; i++) {
                NativeSchedules.Row row = workspace.nativeSchedules().find("v" + i).orElse(null);
                if (row != null && row.state().equals(NativeSchedules.HANDING_OVER)
                        && held.stream().anyMatch(e -> e[2].equals(row.content()))) {
                    lost++;
                }
            }
        }
        return lost;
    }

    private static Process start(Path data, Path network, Instant now) throws Exception {
        return ChildJvm.start(HandoverCrashChild.class, List.of(data.toString(), network.toString(), Long.toString(now.toEpochMilli())),
                CrashWriter.RUNTIME);
    }
}
