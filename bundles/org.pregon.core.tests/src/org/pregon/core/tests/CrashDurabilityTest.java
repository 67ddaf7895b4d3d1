package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.testing.ChildJvm;
import org.pregon.core.store.Workspace;
import org.pregon.model.Post;

/** A committed post survives kill -9 at any moment, and no post is ever seen half-saved. */
public class CrashDurabilityTest {
    @TempDir
    Path folder;

    @Test
    public void committedPostsSurviveSigkillAndNoneIsHalfSaved() throws Exception {
        Random random = new Random(20261129);
        List<String> committed = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            Process child = ChildJvm.start(CrashWriter.class, List.of(folder.toString(), "round" + round), CrashWriter.RUNTIME);
            int killAfter = 5 + random.nextInt(60);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int seen = 0;
                while (seen < killAfter && (line = out.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) {
                        committed.add(line.substring("COMMITTED ".length()));
                        seen++;
                    }
                }
                // SIGKILL on Linux, in the middle of one of the next saves; it also closes our end of the pipe,
                // so commits printed after the last line read are not checked by id, only by the scan below
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            }
            assertEquals(137, child.exitValue(), "the child must have been killed, not have failed");
            try (Workspace workspace = Workspace.open(folder)) {
                for (String id : committed) {
                    Post post = workspace.posts().find(id).orElseThrow(() -> new AssertionError("lost committed post " + id));
                    assertWhole(post);
                }
                for (Post post : workspace.posts().between(new java.util.Date(0), new java.util.Date(Long.MAX_VALUE / 2))) {
                    assertWhole(post);
                }
            }
        }
        assertTrue(committed.size() >= 25, "too few commits to prove anything: " + committed.size());
    }

    private static void assertWhole(Post post) {
        assertEquals(2, post.getTexts().size(), post.getId());
        String text = post.getTexts().get(0).getText();
        int declared = Integer.parseInt(text.substring("variants=".length(), text.indexOf(' ')));
        assertEquals(declared, post.getVariants().size(), "half-saved post " + post.getId());
    }
}
