package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Iterator;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.views.ArchiveView;

/** A big archive opens on a window of its newest rows, which grows as the user scrolls to its end. */
public class ArchiveWindowUITest {
    private static final int ITEMS = 12_000;

    @Test
    public void scrollingToTheEndOfTheWindowGrowsItInOrder() throws Exception {
        Path folder = Files.createTempDirectory("pregon-archive-window");
        Workspace demo = WorkspaceSession.current();
        try (Workspace big = Workspace.open(folder)) {
            Iterator<ArchivedItem> items = IntStream.range(0, ITEMS).mapToObj(ArchiveWindowUITest::item).iterator();
            big.archive().saveAll(items, ITEMS, new NullProgressMonitor());
            WorkspaceSession.start(big);
            ArchiveView view = reopenArchive();
            Table table = view.getTable();
            assertEquals(ArchiveView.WINDOW_STEP, table.getItemCount(), "opens on the first window only");
            assertEquals("item-11999", ((ArchiveRow) dataOf(table, 0)).id());

            ArchiveRow lastOfWindow = (ArchiveRow) dataOf(table, ArchiveView.WINDOW_STEP - 1);
            UiTestSupport.processEvents();
            assertEquals(2 * ArchiveView.WINDOW_STEP, table.getItemCount(), "reaching the end grows the window");
            ArchiveRow firstOfNext = (ArchiveRow) dataOf(table, ArchiveView.WINDOW_STEP);
            assertEquals("item-" + (ITEMS - ArchiveView.WINDOW_STEP - 1), firstOfNext.id());
            assertTrue(lastOfWindow.createdAt() > firstOfNext.createdAt(), "still newest first across windows");

            dataOf(table, 2 * ArchiveView.WINDOW_STEP - 1);
            UiTestSupport.processEvents();
            assertEquals(ITEMS, table.getItemCount(), "never more rows than the archive has");
            assertEquals("item-0", ((ArchiveRow) dataOf(table, ITEMS - 1)).id());
            assertTrue(view.loadedRowCount() < ITEMS, "only the rows asked for were read");
        } finally {
            WorkspaceSession.start(demo);
            reopenArchive();
        }
    }

    private static Object dataOf(Table table, int index) {
        table.getItem(index).getText(); // a virtual item is filled when first read
        return table.getItem(index).getData();
    }

    private static ArchiveView reopenArchive() throws Exception {
        IViewPart old = UiTestSupport.page().findView(ArchiveView.ID);
        if (old != null) {
            UiTestSupport.page().hideView(old);
        }
        return UiTestSupport.show(ArchiveView.ID);
    }

    private static ArchivedItem item(int i) {
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId("item-" + i);
        item.setKind(ItemKind.COMMENT);
        item.setNetworkKind("mastodon");
        item.setAuthor("persona" + i);
        item.setText("Comentari " + i);
        item.setCreatedAt(new Date(1_700_000_000_000L + i * 60_000L));
        return item;
    }
}
