package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.metrics.MetricsQuery;
import org.pregon.core.metrics.MetricsReport;
import org.pregon.core.metrics.ResponseMetrics;
import org.pregon.core.metrics.WorkspaceMetrics;
import org.pregon.core.store.Workspace;
import org.pregon.model.Conversation;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.metrics.MetricsView;
import org.pregon.ui.metrics.MetricsView.Breakdown;
import org.pregon.ui.metrics.MetricsView.Figure;

/** The response metrics dashboard on the demo workspace, and on conversations a test adds in a week of its own. */
public class MetricsViewUITest {
    /** A week no demo conversation reaches (Monday 7 to Sunday 13 January 2030). */
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);

    @AfterEach
    public void cleanUp() {
        Workspace workspace = WorkspaceSession.current();
        workspace.conversations().delete("metrics-test-answered");
        workspace.conversations().delete("metrics-test-waiting");
        WorkspaceMetrics.saveBusinessHours(workspace, null);
        UiTestSupport.page().hideView(UiTestSupport.page().findView(MetricsView.ID));
    }

    @Test
    public void showsTheDemoWorkspacesFiguresPerAccountNetworkAndPerson() throws Exception {
        MetricsView view = UiTestSupport.show(MetricsView.ID);
        view.showPeriod(null, null);
        waitUntilUpToDate(view);
        MetricsReport expected = ResponseMetrics.compute(WorkspaceSession.current().conversations().list(), MetricsQuery.all());
        assertTrue(expected.overall().requests() > 20, "the demo has requests: " + expected.overall());
        MetricsReport shown = view.report();
        assertEquals(expected.overall(), shown.overall());
        assertTrue(view.figure(Figure.RATE).contains(String.valueOf(Math.round(100 * expected.overall().responseRate()))),
                view.figure(Figure.RATE) + " for " + expected.overall().responseRate());
        assertTrue(view.figure(Figure.RESPONSE_TIME).matches(".*\\d.*"), view.figure(Figure.RESPONSE_TIME));
        assertEquals(expected.byAccount().size(), view.breakdown(Breakdown.ACCOUNT).size());
        assertEquals(expected.byNetwork().size(), view.breakdown(Breakdown.NETWORK).size());
        assertTrue(view.breakdown(Breakdown.NETWORK).stream().anyMatch(row -> row[0].equals("Facebook")),
                "networks by name: " + view.breakdown(Breakdown.NETWORK).stream().map(r -> r[0]).toList());
        assertTrue(view.trendPoints() > 4, "weekly trend points: " + view.trendPoints());
        if (System.getenv("PREGON_SCREENSHOTS") != null) {
            org.eclipse.ui.IWorkbenchPartReference part = UiTestSupport.page().getReference(view);
            UiTestSupport.page().setPartState(part, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            UiTestSupport.processEvents();
            screenshot("metrics-demo.png");
            UiTestSupport.page().setPartState(part, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        }
    }

    /** With PREGON_SCREENSHOTS=DIR, saves the workbench window as a PNG for a person to look at. */
    private static void screenshot(String name) {
        String folder = System.getenv("PREGON_SCREENSHOTS");
        if (folder == null) {
            return;
        }
        Display display = Display.getCurrent();
        org.eclipse.swt.widgets.Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
        UiTestSupport.processEvents();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            shell.print(gc); // draws the widgets themselves: screen grabs come out blank under Xvfb
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(java.nio.file.Path.of(folder, name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    public void aNewRequestChangesTheFiguresAndBusinessTimeUsesTheSavedHours() throws Exception {
        MetricsView view = UiTestSupport.show(MetricsView.ID);
        view.showPeriod(MONDAY, MONDAY.plusDays(6));
        waitUntilUpToDate(view);
        assertEquals(0, view.report().overall().requests());
        assertEquals("–", view.figure(Figure.RATE));

        // Friday 15:30 in Madrid, after office hours; answered on Monday at 08:30. And one still waiting.
        Workspace workspace = WorkspaceSession.current();
        workspace.conversations().save(conversation("metrics-test-answered", "2030-01-11T14:30:00Z", "2030-01-14T07:30:00Z"));
        workspace.conversations().save(conversation("metrics-test-waiting", "2030-01-09T09:00:00Z", null));
        view.recompute(true);
        waitUntilUpToDate(view);
        assertEquals(2, view.report().overall().requests());
        assertTrue(view.figure(Figure.RATE).contains("50"), view.figure(Figure.RATE));
        assertEquals("2 d 17 h", view.figure(Figure.RESPONSE_TIME));
        assertEquals(List.of("ana"), view.breakdown(Breakdown.PERSON).stream().map(row -> row[0]).toList());
        assertEquals(1, view.trendPoints());

        view.showBusinessTime(true);
        waitUntilUpToDate(view);
        assertTrue(view.status().contains("No business hours"), view.status());

        assertFalse(view.saveBusinessHours("mon-fri 8-15; zone Europe/Madrid"));
        assertTrue(view.status().contains("\"8-15\" is not a range of hours"), view.status());
        assertEquals("mon-fri 8-15; zone Europe/Madrid", view.businessHoursText()); // kept as typed

        assertTrue(view.saveBusinessHours("mon-fri 08:00-15:00; zone Europe/Madrid"));
        waitUntilUpToDate(view);
        assertEquals("30 min", view.figure(Figure.RESPONSE_TIME));
        assertEquals("mon-fri 08:00-15:00; zone Europe/Madrid", WorkspaceMetrics.businessHoursSpec(workspace));

        screenshot("metrics-business.png");
        view.showBusinessTime(false);
        waitUntilUpToDate(view);
        assertEquals("2 d 17 h", view.figure(Figure.RESPONSE_TIME));
    }

    private static Conversation conversation(String id, String asked, String answered) {
        Conversation c = PregonFactory.eINSTANCE.createConversation();
        c.setId(id);
        c.setAccountId("acc-fb");
        c.setNetworkKind("facebook");
        c.getMessages().add(message(Direction.INCOMING, asked, null));
        if (answered != null) {
            c.getMessages().add(message(Direction.OUTGOING, answered, "ana"));
        }
        return c;
    }

    private static Message message(Direction direction, String at, String sentBy) {
        Message m = PregonFactory.eINSTANCE.createMessage();
        m.setId(at + direction);
        m.setDirection(direction);
        m.setSentAt(Date.from(Instant.parse(at)));
        m.setSentBy(sentBy);
        return m;
    }

    /** Runs the event loop until the view shows the figures of its latest request (the Job posts them back). */
    private static void waitUntilUpToDate(MetricsView view) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!view.isUpToDate()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the metrics were not computed within 60 s; status: " + view.status());
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        UiTestSupport.processEvents();
    }
}
