package org.pregon.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.views.ArchiveView;

/**
 * Benchmark, not a test (run with -Pbenchmark): builds a workspace with 1,000,000 archived items once,
 * then times, in the real workbench, opening that workspace and showing the Archive view's first page
 * (from Workspace.open until the first row's text is on screen). Prints the figures.
 */
public class ArchiveOpenBenchmark {
    private static final int ITEMS = Integer.getInteger("pregon.bench.items", 1_000_000);
    private static final String[] NETWORKS = { "facebook", "instagram", "x", "linkedin", "youtube", "mastodon", "bluesky", "threads" };

    @Test
    public void openMillionItemWorkspaceAndShowFirstArchivePage() throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "pregon-bench-" + ITEMS);
        ensureGenerated(folder);
        Workspace demo = WorkspaceSession.current();
        List<Long> millis = new ArrayList<>();
        try {
            for (int run = 0; run < 7; run++) {
                IViewPart old = UiTestSupport.page().findView(ArchiveView.ID);
                if (old != null) {
                    UiTestSupport.page().hideView(old);
                }
                UiTestSupport.processEvents();
                long start = System.nanoTime();
                try (Workspace big = Workspace.open(folder)) {
                    long opened = System.nanoTime();
                    long count = big.archive().count();
                    long counted = System.nanoTime();
                    big.archive().newestFirst(0, 200);
                    long paged = System.nanoTime();
                    System.out.printf("BENCH run %d: Workspace.open %d ms, count(%,d) %d ms, first page query %d ms%n", run,
                            (opened - start) / 1_000_000, count, (counted - opened) / 1_000_000, (paged - counted) / 1_000_000);
                    start = System.nanoTime();
                    WorkspaceSession.start(big);
                    ArchiveView view = UiTestSupport.show(ArchiveView.ID);
                    String firstText = view.getTable().getItem(0).getText(5);
                    long elapsed = (System.nanoTime() - start) / 1_000_000;
                    millis.add(elapsed);
                    System.out.printf("BENCH run %d: Archive view on the %,d-item workspace, until its first row is filled: %d ms (%d rows read; first row: %s)%n",
                            run, ITEMS, elapsed, view.loadedRowCount(), firstText.substring(0, Math.min(40, firstText.length())));
                    UiTestSupport.page().hideView(view);
                    UiTestSupport.processEvents();
                } finally {
                    WorkspaceSession.start(demo);
                }
            }
        } finally {
            UiTestSupport.show(ArchiveView.ID);
        }
        List<Long> warm = new ArrayList<>(millis.subList(1, millis.size()));
        Collections.sort(warm);
        System.out.printf("BENCH first (cold) %d ms, warm median %d ms, warm max %d ms over %d runs%n", millis.get(0),
                warm.get(warm.size() / 2), warm.get(warm.size() - 1), warm.size());
    }

    private static void ensureGenerated(Path folder) throws Exception {
        if (Files.exists(folder.resolve(Workspace.DATABASE_FILE))) {
            try (Workspace existing = Workspace.open(folder)) {
                if (existing.archive().count() == ITEMS) {
                    return;
                }
            }
        }
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(folder)) {
            Iterator<ArchivedItem> items = IntStream.range(0, ITEMS).mapToObj(ArchiveOpenBenchmark::item).iterator();
            workspace.archive().saveAll(items, ITEMS, new NullProgressMonitor());
        }
        System.out.printf("BENCH generated %,d items in %d s%n", ITEMS, (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Realistic shapes: posts, comments and messages over three years on eight networks, in two languages. */
    private static ArchivedItem item(int i) {
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId(String.format("bench-%07d", i));
        item.setKind(i % 10 == 0 ? ItemKind.POST : i % 3 == 0 ? ItemKind.MESSAGE : ItemKind.COMMENT);
        String network = NETWORKS[i % NETWORKS.length];
        item.setNetworkKind(network);
        item.setAccountId("acc-" + network);
        item.setRemoteId(Long.toString(9_000_000_000L + i * 37L));
        item.setAuthor(i % 10 == 0 ? "ocupacio.gva" : "persona" + (i % 50_000));
        boolean valencian = i % 2 == 0;
        item.setLanguage(valencian ? "ca-ES-valencia" : "es");
        item.setText(valencian ? "Bon dia, voldria saber quan obri la inscripció del curs de formació " + i
                : "Buenos días, ¿cuándo se abre la inscripción del curso de formación? " + i);
        // spread over three years, not in insertion order
        item.setCreatedAt(new Date(1_700_000_000_000L + (i * 7_919L % ITEMS) * 94_000L));
        return item;
    }
}
