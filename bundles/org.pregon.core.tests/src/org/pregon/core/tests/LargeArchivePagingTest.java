package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;

/**
 * Opening a big archive reads one page, not the archive: the newest-first page comes from an index
 * range scan (checked in SQLite's query plan), and pages far down are exact.
 */
public class LargeArchivePagingTest {
    private static final int ITEMS = 200_000;

    @TempDir
    Path folder;

    @Test
    public void firstPageOfALargeArchiveIsAnIndexScanAndPagesAreExact() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            // created in shuffled time order so that insertion order cannot pass for newest-first
            Iterator<ArchivedItem> items = IntStream.range(0, ITEMS)
                    .mapToObj(i -> WorkspaceStoreTest.item(String.format("item-%07d", i), (i * 7919L) % ITEMS * 1000L))
                    .iterator();
            workspace.archive().saveAll(items, ITEMS, new NullProgressMonitor());
        }
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(ITEMS, workspace.archive().count());
            List<ArchiveRow> first = workspace.archive().newestFirst(0, 200);
            assertEquals(200, first.size());
            for (int i = 0; i < first.size(); i++) {
                assertEquals((ITEMS - 1 - i) * 1000L, first.get(i).createdAt(), "row " + i);
            }
            List<ArchiveRow> deep = workspace.archive().newestFirst(150_000, 200);
            assertEquals((ITEMS - 1 - 150_000) * 1000L, deep.get(0).createdAt());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Workspace.DATABASE_FILE));
                Statement st = c.createStatement();
                ResultSet plan = st.executeQuery("EXPLAIN QUERY PLAN SELECT id, created_at, network_kind, account_id, kind,"
                        + " author, language, text, edited_at, deleted_at FROM archived_items"
                        + " ORDER BY created_at DESC, id DESC LIMIT 200 OFFSET 0")) {
            StringBuilder details = new StringBuilder();
            while (plan.next()) {
                details.append(plan.getString("detail")).append('\n');
            }
            assertTrue(details.toString().contains("archived_items_newest_first"), details.toString());
            assertTrue(!details.toString().contains("TEMP B-TREE"), "must not sort the whole table: " + details);
        }
    }
}
