package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;

/** Older workspaces are upgraded after a backup; newer ones are refused and left untouched. */
public class MigrationTest {
    @TempDir
    Path folder;

    @Test
    public void olderWorkspaceIsUpgradedKeepingDataAndABackup() throws Exception {
        Migrations all = Migrations.bundled();
        assertTrue(all.latestVersion() >= 2, "the upgrade path needs at least two versions");
        try (Workspace old = Workspace.open(folder, all.upTo(1))) {
            assertEquals(1, old.schemaVersion());
            assertNull(old.lastBackup());
        }
        try (java.sql.Connection c = new org.pregon.core.store.SqliteDialect(folder.resolve(Workspace.DATABASE_FILE)).connect()) {
            V1Rows.insert(c, CrashWriter.post("kept", 2));
        }
        try (Workspace upgraded = Workspace.open(folder)) {
            assertEquals(all.latestVersion(), upgraded.schemaVersion());
            assertEquals(2, upgraded.posts().find("kept").orElseThrow().getVariants().size());
            Path backup = upgraded.lastBackup();
            assertNotNull(backup, "an upgrade must leave a backup");
            assertTrue(backup.startsWith(folder.resolve(Workspace.BACKUP_FOLDER)));
            assertEquals(1, versionOf(backup), "the backup holds the data as it was before the upgrade");
        }
        assertEquals(all.latestVersion(), versionOf(folder.resolve(Workspace.DATABASE_FILE)));
        assertEquals("Europe/Madrid", settingOf(folder.resolve(Workspace.DATABASE_FILE), "timeZone"));
        try (Workspace again = Workspace.open(folder)) {
            assertNull(again.lastBackup(), "an up-to-date workspace is not backed up again");
        }
    }

    @Test
    public void newerWorkspaceIsRefusedWithAClearMessageAndLeftUntouched() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.posts().save(CrashWriter.post("from-the-future", 1));
        }
        Path db = folder.resolve(Workspace.DATABASE_FILE);
        int future = Migrations.bundled().latestVersion() + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (" + future + ", 'future', 0)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = digest(folder);
        WorkspaceException refused = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
        assertEquals(WorkspaceException.Reason.NEWER_SCHEMA, refused.reason());
        assertTrue(refused.getMessage().contains("newer Pregón"), refused.getMessage());
        assertTrue(refused.getMessage().contains(String.valueOf(future)), refused.getMessage());
        assertArrayEquals(before, digest(folder), "a refused workspace must not change");
        // the refusal released the lock: trying again is refused for the version again, not as "locked"
        assertEquals(WorkspaceException.Reason.NEWER_SCHEMA,
                assertThrows(WorkspaceException.class, () -> Workspace.open(folder)).reason());
    }

    private static int versionOf(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.getInt(1);
        }
    }

    private static String settingOf(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT value FROM workspace_settings WHERE name = '" + name + "'")) {
            return rs.getString(1);
        }
    }

    /** SHA-256 over every database file in the folder (the lock file aside). */
    private static byte[] digest(Path folder) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().startsWith("pregon.db")).sorted().toList();
            for (Path file : sorted) {
                sha.update(file.getFileName().toString().getBytes());
                if (Files.size(file) > 0) {
                    sha.update(Files.readAllBytes(file));
                }
            }
        }
        return sha.digest();
    }
}
