package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.pregon.core.archive.ArchiveHit;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;
import org.pregon.model.Revision;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.archive.ArchiveSearchIndex;
import org.pregon.ui.views.ArchiveView;

/**
 * The archive view searches: words typed in the bar find items across accents and inflections (in a
 * Job, the index built on first use), the detail pane shows the item with its revisions and its link,
 * a bad date is reported without losing what was typed, and an empty bar shows the whole archive again.
 */
public class ArchiveSearchUITest {
    private static final long T0 = 1_740_819_600_000L; // 2025-03-01T09:00Z

    @Test
    public void searchingShowsMatchesTheItemWithItsRevisionsAndItsLink() throws Exception {
        Path folder = Files.createTempDirectory("pregon-archive-search");
        Workspace demo = WorkspaceSession.current();
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.archive().save(item("a", 1, "ca", "Hem signat 120 contractes de treball a Elx.", null));
            workspace.archive().save(item("b", 2, "es", "Nuevo curso de soldadura en Elche.", null));
            workspace.archive().save(item("c", 3, "ca", "Oferta d'ocupació: contracte de sis mesos a Gandia.",
                    "Oferta d'ocupació: contracte de tres mesos a Gandia."));
            WorkspaceSession.start(workspace);
            ArchiveView view = reopenArchive();
            Table table = view.getTable();
            assertEquals(3, table.getItemCount(), "the whole archive before any search");

            view.searchBar().words().setText("contracte");
            view.search();
            waitUntil(() -> view.results() != null, "the search Job shows its results");
            assertEquals(2, table.getItemCount());
            assertEquals("c", ((ArchiveHit) dataOf(table, 0)).id(), "newest first");
            assertEquals("a", ((ArchiveHit) dataOf(table, 1)).id(), "contractes is found for contracte");
            assertTrue(view.summary().getText().contains("2"), view.summary().getText());

            table.setSelection(0);
            table.notifyListeners(SWT.Selection, null);
            String shown = view.detail().shownText();
            assertTrue(shown.contains("Oferta d'ocupació: contracte de sis mesos a Gandia."), shown);
            assertTrue(shown.contains("contracte de tres mesos"), "the earlier version is shown: " + shown);
            assertEquals("https://social.example/c", view.detail().link());
            StyleRange[] marks = view.detail().marks();
            assertEquals(1, marks.length);
            assertEquals("contracte", shown.substring(marks[0].start, marks[0].start + marks[0].length));

            view.searchBar().words().setText("ocupacio");
            view.searchBar().from().setText("01/03/2025");
            view.search();
            assertTrue(view.summary().getText().contains("01/03/2025"), view.summary().getText());
            assertEquals("01/03/2025", view.searchBar().from().getText(), "what was typed is kept");

            view.searchBar().from().setText("2025-03-04");
            view.search();
            waitUntil(() -> view.results() != null && view.results().query().from() != null, "the dated search");
            assertEquals(1, table.getItemCount());
            assertEquals("c", ((ArchiveHit) dataOf(table, 0)).id());

            Path exported = folder.resolve("found.jsonl");
            view.export(exported).join();
            java.util.List<String> lines = Files.readAllLines(exported);
            assertEquals(2, lines.size(), "the found item and its earlier revision: " + lines);
            assertTrue(lines.get(0).startsWith("{\"record\":\"item\",\"id\":\"c\""), lines.get(0));
            waitUntil(() -> view.summary().getText().contains("Exported 1 items"), "the export is reported");

            view.searchBar().words().setText("");
            view.searchBar().from().setText("");
            view.search();
            assertNull(view.results(), "an empty bar shows the whole archive");
            assertEquals(3, table.getItemCount());
        } finally {
            ArchiveSearchIndex.close();
            WorkspaceSession.start(demo);
            reopenArchive();
        }
    }

    private static ArchivedItem item(String id, int day, String language, String text, String earlier) {
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId(id);
        item.setKind(ItemKind.POST);
        item.setNetworkKind("mastodon");
        item.setAccountId("acc");
        item.setAuthor("Labora");
        item.setLanguage(language);
        item.setUrl("https://social.example/" + id);
        item.setText(text);
        item.setCreatedAt(new Date(T0 + day * 86_400_000L));
        if (earlier != null) {
            Revision revision = PregonFactory.eINSTANCE.createRevision();
            revision.setText(earlier);
            revision.setEditedAt(item.getCreatedAt());
            revision.setSeenAt(new Date(T0 + day * 86_400_000L + 60_000));
            item.getRevisions().add(revision);
            item.setEditedAt(new Date(T0 + day * 86_400_000L + 3_600_000));
        }
        return item;
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

    /** Runs the UI event loop until the condition holds, failing after 30 s. */
    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
