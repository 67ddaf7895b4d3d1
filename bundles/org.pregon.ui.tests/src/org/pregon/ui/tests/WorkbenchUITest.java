package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.pregon.app.internal.AboutPregonDialog;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Workspace;
import org.pregon.model.Post;
import org.pregon.ui.PregonPerspective;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.views.AccountsView;
import org.pregon.ui.views.ArchiveView;
import org.pregon.ui.views.CalendarView;
import org.pregon.ui.views.InboxView;

/** The real Pregón workbench, started by its application on the demo workspace (-pregonDemo). */
public class WorkbenchUITest {

    @Test
    public void pregonPerspectiveShowsTheFourViewsAndTheEditorArea() {
        assertNotNull(Display.getCurrent(), "UI tests run on the UI thread");
        IWorkbenchPage page = UiTestSupport.page();
        assertEquals(PregonPerspective.ID, page.getPerspective().getId());
        Set<String> open = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).collect(Collectors.toSet());
        assertTrue(open.containsAll(List.of(AccountsView.ID, CalendarView.ID, InboxView.ID, ArchiveView.ID)), open.toString());
        assertTrue(page.isEditorAreaVisible(), "the composer's editor area is shown");
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().startsWith("Pregón"));
    }

    @Test
    public void demoWorkspaceWasImportedAndAccountsAreListed() throws Exception {
        Workspace workspace = WorkspaceSession.current();
        assertTrue(workspace.posts().count() >= 250, "demo posts: " + workspace.posts().count());
        AccountsView accounts = UiTestSupport.show(AccountsView.ID);
        accounts.refresh();
        Table table = accounts.getViewer().getTable();
        assertEquals(workspace.accounts().count(), table.getItemCount());
        Set<String> networks = Arrays.stream(table.getItems()).map(i -> i.getText(0)).collect(Collectors.toSet());
        assertTrue(networks.containsAll(List.of("facebook", "x", "mastodon", "bluesky")), networks.toString());
    }

    @Test
    public void calendarShowsTheMonthsPostsInDateOrderAndNavigates() throws Exception {
        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        Workspace workspace = WorkspaceSession.current();
        // the month of the demo's first post, whatever day the test runs
        Post first = workspace.posts().between(new java.util.Date(0), new java.util.Date(Long.MAX_VALUE / 4)).get(0);
        YearMonth month = YearMonth.from(org.pregon.core.store.PostRepository.calendarDate(first).toInstant().atZone(org.pregon.ui.internal.Labels.ZONE));
        calendar.show(month);
        UiTestSupport.processEvents();
        List<Post> shown = calendar.shownPosts();
        assertTrue(!shown.isEmpty(), "posts in " + month);
        assertEquals(first.getId(), shown.get(0).getId());
        calendar.show(month.plusMonths(1));
        assertEquals(month.plusMonths(1), calendar.month());
        java.time.LocalDate start = calendar.grid().start();
        List<Post> next = workspace.posts().between(
                java.util.Date.from(start.atStartOfDay(org.pregon.ui.internal.Labels.ZONE).toInstant()),
                java.util.Date.from(start.plusDays(42).atStartOfDay(org.pregon.ui.internal.Labels.ZONE).toInstant()));
        assertEquals(next.size(), calendar.shownPosts().size());
    }

    @Test
    public void archiveShowsNewestFirstReadingOnlyThePagesOnScreen() throws Exception {
        ArchiveView archive = UiTestSupport.show(ArchiveView.ID);
        Table table = archive.getTable();
        long count = WorkspaceSession.current().archive().count();
        assertTrue(count > 400, "demo archive size " + count);
        assertEquals(Math.min(count, ArchiveView.WINDOW_STEP), table.getItemCount());
        TableItem top = table.getItem(0);
        assertTrue(!top.getText(5).isEmpty(), "the first row is filled on demand");
        ArchiveRow newest = (ArchiveRow) top.getData();
        ArchiveRow second = (ArchiveRow) table.getItem(1).getData();
        assertTrue(newest.createdAt() >= second.createdAt(), "newest first");
        assertEquals(WorkspaceSession.current().archive().newestFirst(0, 1).get(0).id(), newest.id());
        assertTrue(archive.loadedRowCount() < count, "the view must not read the whole archive: " + archive.loadedRowCount());
        assertTrue(Instant.ofEpochMilli(newest.createdAt()).isAfter(Instant.parse("2025-01-01T00:00:00Z")));
    }

    @Test
    public void helpMenuOpensAboutWithVersionBuildAndLicences() {
        WorkbenchWindow window = (WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        MenuManager help = (MenuManager) window.getMenuManager().find(org.eclipse.ui.IWorkbenchActionConstants.M_HELP);
        assertNotNull(help, "Help menu");
        IContributionItem about = help.find("org.pregon.app.about");
        assertNotNull(about, "Help > About Pregón");
        AboutPregonDialog dialog = new AboutPregonDialog(window.getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Set<String> rows = Arrays.stream(dialog.getLibraries().getItems()).map(i -> i.getText(0) + " | " + i.getText(2))
                    .collect(Collectors.toSet());
            assertTrue(rows.contains("org.xerial.sqlite-jdbc | Apache License 2.0"), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("org.eclipse.emf.ecore |") && r.contains("EPL-2.0")), rows.toString());
        } finally {
            dialog.close();
        }
    }
}
