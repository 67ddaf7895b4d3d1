package org.pregon.ui.views;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.archive.ArchiveHit;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.archive.ArchiveResults;
import org.pregon.core.archive.Snippet;
import org.pregon.core.store.ArchiveRepository;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncEvents;
import org.pregon.core.sync.SyncListener;
import org.pregon.model.ArchivedItem;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.archive.ArchiveSearchIndex;
import org.pregon.ui.archive.ArchiveUiMessages;
import org.pregon.ui.archive.DetailPane;
import org.pregon.ui.archive.SearchBar;
import org.pregon.ui.archive.SearchResults;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * Everything archived, newest first, in a virtual table: SWT asks only for the rows on screen, and
 * those are read a page at a time. The table holds a window of the newest rows that grows as the user
 * scrolls towards its end, because GTK creates a row for every item of a virtual table up front
 * (a million rows cost seconds); the summary always gives the archive's full size.
 * <p>
 * Words or filters in the search bar switch the table to the archive index's results (searched in a
 * Job, highlighted snippets in the text column), read from the index page by page the same way; the
 * pane below shows the selected item in full with its revisions and a link to it on the network.
 */
public class ArchiveView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.archive"; //$NON-NLS-1$

    /** Rows added to the table each time the user scrolls near the end of what it holds. */
    public static final int WINDOW_STEP = 5_000;

    private Label summary;
    private Table table;
    private ArchivePageCache pages;
    private long total;
    private boolean growing;
    private SearchBar searchBar;
    private DetailPane detail;
    /** The search shown, or null while the whole archive is shown. */
    private SearchResults results;
    private Job searchJob;
    /** What a sync brought shows at once: the whole archive is re-read, a search is run again. */
    private final SyncListener onSync = result -> {
        if (result.changedAnything() && table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    if (results == null) {
                        refresh();
                    } else {
                        search();
                    }
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        searchBar = new SearchBar(parent, this::search, this::export);
        searchBar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(split, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        detail = new DetailPane(split);
        split.setWeights(3, 2);
        table.addListener(SWT.Selection, e -> showSelected());
        column(Messages.Archive_date, 160);
        column(Messages.Archive_network, 90);
        column(Messages.Archive_kind, 100);
        column(Messages.Archive_author, 160);
        column(Messages.Archive_language, 80);
        column(Messages.Archive_text, 600);
        DateTimeFormatter when = Labels.dateTime();
        table.addListener(SWT.SetData, event -> fill(event, when));
        refresh();
        SyncEvents.addListener(onSync);
    }

    /** Re-reads the item count and drops cached pages (after a sync or an import). */
    public void refresh() {
        results = null;
        ArchiveRepository archive = WorkspaceSession.current().archive();
        pages = new ArchivePageCache(archive);
        total = archive.count();
        summary.setText(total == 0 ? Messages.Archive_empty
                : NLS.bind(Messages.Archive_count, NumberFormat.getIntegerInstance().format(total)));
        table.clearAll();
        table.setItemCount((int) Math.min(total, WINDOW_STEP));
        summary.getParent().layout(true);
    }

    /**
     * Searches with what the search bar holds, in a Job (the first search may build the index); with
     * nothing in it, shows the whole archive again. A date the bar cannot read is reported, not dropped.
     */
    public void search() {
        if (searchBar.isEmpty()) {
            refresh();
            return;
        }
        SearchBar.Result wanted = searchBar.query();
        if (wanted.problem() != null) {
            summary.setText(wanted.problem());
            summary.getParent().layout(true);
            return;
        }
        if (searchJob != null) {
            searchJob.cancel();
        }
        Workspace workspace = WorkspaceSession.current();
        ArchiveQuery query = wanted.query().page(0, SearchResults.PAGE_SIZE);
        summary.setText(ArchiveUiMessages.Search_running);
        Job job = Job.create(ArchiveUiMessages.Search_job, monitor -> {
            try {
                ArchiveIndex index = ArchiveSearchIndex.upToDate(workspace, monitor);
                ArchiveResults first = index.search(query);
                if (!monitor.isCanceled()) {
                    table.getDisplay().asyncExec(() -> showResults(new SearchResults(index, query, first)));
                }
                return Status.OK_STATUS;
            } catch (Exception e) {
                String message = NLS.bind(ArchiveUiMessages.Search_failed, e.getMessage());
                table.getDisplay().asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        summary.setText(message);
                    }
                });
                return new Status(IStatus.WARNING, "org.pregon.ui", message, e); //$NON-NLS-1$
            }
        });
        job.setUser(false);
        searchJob = job;
        job.schedule();
    }

    /**
     * Exports what the view shows (the search result, or the whole archive) to JSON Lines, CSV or a
     * records package (.zip), chosen by the file name, in a Job.
     */
    private void export() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.jsonl", "*.csv", "*.zip" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        dialog.setFilterNames(new String[] { ArchiveUiMessages.Export_jsonl, ArchiveUiMessages.Export_csv, ArchiveUiMessages.Export_package });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(java.nio.file.Path.of(chosen));
        }
    }

    /** Exports to {@code target}; the format follows its extension (.csv, .zip, otherwise JSON Lines). */
    public Job export(java.nio.file.Path target) {
        Workspace workspace = WorkspaceSession.current();
        ArchiveQuery query = results == null ? null : results.query();
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Job job = Job.create(ArchiveUiMessages.Export_job, monitor -> {
            try {
                Iterable<ArchivedItem> items = query == null
                        ? org.pregon.core.archive.export.ArchiveSource.between(workspace.archive(), null, null)
                        : org.pregon.core.archive.export.ArchiveSource.ofIds(workspace.archive(),
                                ArchiveSearchIndex.upToDate(workspace, monitor).ids(query));
                long count;
                if (name.endsWith(".zip")) { //$NON-NLS-1$
                    java.nio.file.Path media = workspace.folder() == null ? null : workspace.folder().resolve("media"); //$NON-NLS-1$
                    count = org.pregon.core.archive.export.RecordsPackage.write(items, media, target, java.time.Clock.systemUTC(), monitor)
                            .items();
                } else {
                    try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(target))) {
                        count = org.pregon.core.archive.export.ArchiveExport.write(name.endsWith(".csv") //$NON-NLS-1$
                                ? org.pregon.core.archive.export.ArchiveExport.Format.CSV
                                : org.pregon.core.archive.export.ArchiveExport.Format.JSONL, items, out, monitor).items();
                    }
                }
                report(NLS.bind(ArchiveUiMessages.Export_done, count, target));
                return Status.OK_STATUS;
            } catch (Exception e) {
                String message = NLS.bind(ArchiveUiMessages.Export_failed, target, e.getMessage());
                report(message);
                return new Status(IStatus.ERROR, "org.pregon.ui", message, e); //$NON-NLS-1$
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void report(String message) {
        table.getDisplay().asyncExec(() -> {
            if (!summary.isDisposed()) {
                summary.setText(message);
                summary.getParent().layout(true);
            }
        });
    }

    private void showResults(SearchResults found) {
        if (table.isDisposed()) {
            return;
        }
        results = found;
        total = found.total();
        summary.setText(total == 0 ? ArchiveUiMessages.Search_nothing
                : NLS.bind(ArchiveUiMessages.Search_count, NumberFormat.getIntegerInstance().format(total)));
        table.clearAll();
        table.setItemCount((int) Math.min(total, WINDOW_STEP));
        detail.show(null, List.of());
        summary.getParent().layout(true);
    }

    private void showSelected() {
        TableItem[] selected = table.getSelection();
        if (selected.length == 0) {
            detail.show(null, List.of());
            return;
        }
        Object data = selected[0].getData();
        String id = data instanceof ArchiveRow row ? row.id() : data instanceof ArchiveHit hit ? hit.id() : null;
        ArchivedItem item = id == null ? null : WorkspaceSession.current().archive().find(id).orElse(null);
        List<Snippet.Range> marks = item != null && results != null ? results.marks(item.getText()) : List.of();
        detail.show(item, marks);
    }

    private void fill(Event event, DateTimeFormatter when) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        if (results != null) {
            fillHit(item, index, when);
            return;
        }
        ArchiveRow row = pages.row(index);
        if (index >= table.getItemCount() - ArchivePageCache.PAGE_SIZE && table.getItemCount() < total && !growing) {
            // the item count cannot change while SWT is asking for data: grow right after
            growing = true;
            table.getDisplay().asyncExec(this::growWindow);
        }
        String text = Labels.oneLine(row.text(), 200);
        if (row.deleted()) {
            text = "[" + Messages.Archive_deleted + "] " + text; //$NON-NLS-1$ //$NON-NLS-2$
        } else if (row.edited()) {
            text = "[" + Messages.Archive_edited + "] " + text; //$NON-NLS-1$ //$NON-NLS-2$
        }
        item.setText(new String[] { when.format(Instant.ofEpochMilli(row.createdAt())), nullToEmpty(row.networkKind()),
                Labels.ofKind(row.kind()), nullToEmpty(row.author()), nullToEmpty(row.language()), text });
        item.setData(row);
    }

    private void fillHit(TableItem item, int index, DateTimeFormatter when) {
        ArchiveHit hit = results.hit(index);
        growIfNearEnd(index);
        String text = Labels.oneLine(hit.snippet().text(), 200);
        if (hit.deletedAt() != null) {
            text = "[" + Messages.Archive_deleted + "] " + text; //$NON-NLS-1$ //$NON-NLS-2$
        } else if (hit.editedAt() != null) {
            text = "[" + Messages.Archive_edited + "] " + text; //$NON-NLS-1$ //$NON-NLS-2$
        }
        item.setText(new String[] { when.format(Instant.ofEpochMilli(hit.createdAt())), nullToEmpty(hit.networkKind()),
                Labels.ofKind(hit.kind()), nullToEmpty(hit.author()), nullToEmpty(hit.language()), text });
        item.setData(hit);
    }

    private void growIfNearEnd(int index) {
        if (index >= table.getItemCount() - ArchivePageCache.PAGE_SIZE && table.getItemCount() < total && !growing) {
            growing = true;
            table.getDisplay().asyncExec(this::growWindow);
        }
    }

    private void growWindow() {
        growing = false;
        if (!table.isDisposed()) {
            table.setItemCount((int) Math.min(total, (long) table.getItemCount() + WINDOW_STEP));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(name);
        column.setWidth(width);
    }

    public Table getTable() {
        return table;
    }

    public SearchBar searchBar() {
        return searchBar;
    }

    public DetailPane detail() {
        return detail;
    }

    /** The search shown, or null while the whole archive is shown. */
    public SearchResults results() {
        return results;
    }

    public Label summary() {
        return summary;
    }

    /** Rows read from the store so far; tests use it to prove the view does not load the whole archive. */
    public int loadedRowCount() {
        return pages.loadedRows();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        SyncEvents.removeListener(onSync);
        super.dispose();
    }

    /** Keeps the few most recently used pages of rows. */
    static final class ArchivePageCache {
        static final int PAGE_SIZE = 200;
        private static final int PAGES_KEPT = 16;

        private final ArchiveRepository archive;
        private final java.util.LinkedHashMap<Long, List<ArchiveRow>> pages = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Long, List<ArchiveRow>> eldest) {
                return size() > PAGES_KEPT;
            }
        };
        private int loadedRows;

        ArchivePageCache(ArchiveRepository archive) {
            this.archive = archive;
        }

        ArchiveRow row(int index) {
            long page = index / PAGE_SIZE;
            List<ArchiveRow> rows = pages.computeIfAbsent(page, p -> {
                List<ArchiveRow> read = archive.newestFirst(p * PAGE_SIZE, PAGE_SIZE);
                loadedRows += read.size();
                return read;
            });
            return rows.get(index % PAGE_SIZE);
        }

        int loadedRows() {
            return loadedRows;
        }
    }
}
