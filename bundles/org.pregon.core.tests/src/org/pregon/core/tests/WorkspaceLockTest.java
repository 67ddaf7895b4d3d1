package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.testing.ChildJvm;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;

/** A workspace open in one Pregón is refused by every other, and freed when that Pregón dies. */
public class WorkspaceLockTest {
    @TempDir
    Path folder;

    @Test
    public void secondOpenInTheSameProcessIsRefused() throws Exception {
        try (Workspace first = Workspace.open(folder)) {
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
            assertEquals(WorkspaceException.Reason.LOCKED, refused.reason());
        }
        Workspace.open(folder).close();
    }

    @Test
    public void workspaceHeldByAnotherProcessIsRefusedNamingItAndFreedWhenItIsKilled() throws Exception {
        Process holder = ChildJvm.start(CrashWriter.class, List.of(folder.toString(), "hold"), CrashWriter.RUNTIME);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("OPEN", out.readLine(), "the holder did not open the workspace");
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
            assertEquals(WorkspaceException.Reason.LOCKED, refused.reason());
            assertTrue(refused.getMessage().contains("already open in another Pregón"), refused.getMessage());
            assertTrue(refused.getMessage().contains(String.valueOf(holder.pid())), "names the holding process: " + refused.getMessage());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        // the OS dropped the dead process's lock: no stale lock file blocks the user
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(0, workspace.posts().count());
        }
    }
}
