package org.pregon.core.tests.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.archive.ArchiveHit;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveIndexException;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;

/**
 * The index is derived data kept in step with the store: rebuilt when missing or corrupt, catching up
 * with new and edited items written by anyone (also other workbenches on a shared PostgreSQL).
 */
public class ArchiveIndexMaintenanceTest {
    @TempDir
    Path folder;

    private static List<String> ids(ArchiveIndex index, String text) throws Exception {
        return index.search(ArchiveQuery.of(text, 50)).hits().stream().map(ArchiveHit::id).toList();
    }

    @Test
    public void corruptIndexFilesAreDetectedAndTheIndexRebuiltFromTheStore() throws Exception {
        Path indexFolder = folder.resolve("index");
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            for (int i = 0; i < 300; i++) {
                workspace.archive().save(ArchiveItems.item("item-" + i, i, "es", "Convocatoria de empleo público número " + i));
            }
            try (ArchiveIndex index = ArchiveIndex.open(indexFolder, workspace.archive(), new NullProgressMonitor())) {
                assertEquals(300, index.size());
            }
            try (ArchiveIndex index = ArchiveIndex.open(indexFolder, workspace.archive(), new NullProgressMonitor())) {
                assertNull(index.rebuiltBecause(), "a sound index is used as found");
            }
            // flip bytes in the middle of the biggest file (a segment's data, not its header)
            Path biggest;
            try (Stream<Path> files = Files.list(indexFolder)) {
                biggest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                        .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
            }
            try (RandomAccessFile file = new RandomAccessFile(biggest.toFile(), "rw")) {
                long middle = file.length() / 2;
                file.seek(middle);
                int b = file.read();
                file.seek(middle);
                file.write(b ^ 0xFF);
            }
            try (ArchiveIndex index = ArchiveIndex.open(indexFolder, workspace.archive(), new NullProgressMonitor())) {
                assertTrue(index.rebuiltBecause().startsWith("corrupt"), index.rebuiltBecause());
                assertEquals(300, index.size());
                assertEquals(List.of("item-42"), ids(index, "42 empleo"));
            }
            // a truncated commit point
            Path segments;
            try (Stream<Path> files = Files.list(indexFolder)) {
                segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            }
            try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
                file.setLength(file.length() - 9);
            }
            try (ArchiveIndex index = ArchiveIndex.open(indexFolder, workspace.archive(), new NullProgressMonitor())) {
                assertTrue(index.rebuiltBecause() != null, "truncated segments file");
                assertEquals(List.of("item-7"), ids(index, "7 convocatorias"));
            }
            // deleted altogether
            try (Stream<Path> files = Files.walk(indexFolder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            try (ArchiveIndex index = ArchiveIndex.open(indexFolder, workspace.archive(), new NullProgressMonitor())) {
                assertEquals("missing", index.rebuiltBecause());
                assertEquals(300, index.size());
            }
        }
    }

    @Test
    public void newAndEditedItemsArePickedUpIncrementally() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            workspace.archive().save(ArchiveItems.item("a", 1, "ca", "Taller d'orientació laboral a Gandia"));
            try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("index"), workspace.archive(), new NullProgressMonitor())) {
                long before = index.indexedUpTo();
                workspace.archive().save(ArchiveItems.item("b", 2, "ca", "Nou taller d'orientació a Dénia"));
                assertEquals(List.of("a"), ids(index, "orientacio"), "not yet caught up");
                index.catchUp(new NullProgressMonitor());
                assertEquals(List.of("b", "a"), ids(index, "orientacio"));
                assertTrue(index.indexedUpTo() > before);
                // the network edited "a": the new text is found, the old one too (as a revision), no duplicate
                ArchivedItem a = ArchiveItems.edited(ArchiveItems.item("a", 1, "ca", "Taller d'orientació laboral a Gandia"),
                        "Taller d'orientació laboral a Oliva (canvi de lloc)", 3);
                workspace.archive().save(a);
                index.catchUp(new NullProgressMonitor());
                assertEquals(List.of("a"), ids(index, "oliva"));
                assertEquals(List.of("a"), ids(index, "gandia"), "earlier revisions stay searchable");
                assertEquals(2, index.size());
                ArchiveHit hit = index.search(ArchiveQuery.of("oliva", 5)).hits().get(0);
                assertEquals("Taller d'orientació laboral a Oliva (canvi de lloc)", hit.text());
                assertEquals(ArchiveItems.T0.plusSeconds(3 * 86_400L).toEpochMilli(), hit.editedAt());
            }
            // written while no index was open: the next open catches up
            workspace.archive().save(ArchiveItems.item("c", 4, "es", "Orientación laboral en Xàtiva"));
            try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("index"), workspace.archive(), new NullProgressMonitor())) {
                assertNull(index.rebuiltBecause());
                assertEquals(List.of("c"), ids(index, "xativa"));
                assertEquals(3, index.size());
            }
        }
    }

    @Test
    public void aSecondOpenOfTheSameIndexIsRefusedWithAClearReason() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"));
                ArchiveIndex index = ArchiveIndex.open(folder.resolve("index"), workspace.archive(), new NullProgressMonitor())) {
            ArchiveIndexException e = assertThrows(ArchiveIndexException.class,
                    () -> ArchiveIndex.open(folder.resolve("index"), workspace.archive(), new NullProgressMonitor()));
            assertEquals(ArchiveIndexException.Reason.IN_USE, e.reason());
            assertTrue(e.getMessage().contains(folder.resolve("index").toString()), e.getMessage());
        }
    }

    @Test
    public void eachWorkbenchOnASharedPostgresCatchesUpWithWhatOthersWrote() throws Exception {
        String server = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "pregon_search_" + Long.toHexString(System.nanoTime());
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        try (Connection c = new PostgresDialect(server, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try {
            PostgresDialect dialect = new PostgresDialect(server + "?currentSchema=" + schema, credentials);
            try (Workspace first = Workspace.openShared(dialect, Migrations.bundled());
                    Workspace second = Workspace.openShared(dialect, Migrations.bundled());
                    ArchiveIndex firstIndex = ArchiveIndex.open(folder.resolve("first"), first.archive(), new NullProgressMonitor());
                    ArchiveIndex secondIndex = ArchiveIndex.open(folder.resolve("second"), second.archive(), new NullProgressMonitor())) {
                first.archive().save(ArchiveItems.item("pg-1", 1, "ca", "Borsa d'ocupació de Sagunt"));
                second.archive().save(ArchiveItems.item("pg-2", 2, "es", "Bolsa de empleo de Sagunto"));
                firstIndex.catchUp(new NullProgressMonitor());
                secondIndex.catchUp(new NullProgressMonitor());
                assertEquals(List.of("pg-2"), ids(firstIndex, "bolsa"), "written by the other workbench");
                assertEquals(List.of("pg-1"), ids(secondIndex, "ocupacio"));
                assertEquals(firstIndex.indexedUpTo(), secondIndex.indexedUpTo());
            }
        } finally {
            try (Connection c = new PostgresDialect(server, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
