package org.pregon.ui.views;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.store.ArchiveRepository;
import org.pregon.core.store.ArchiveRow;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * Everything archived, newest first, in a virtual table: SWT asks only for the rows on screen, and
 * those are read a page at a time. The table holds a window of the newest rows that grows as the user
 * scrolls towards its end, because GTK creates a row for every item of a virtual table up front
 * (a million rows cost seconds); the summary always gives the archive's full size.
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

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Archive_date, 160);
        column(Messages.Archive_network, 90);
        column(Messages.Archive_kind, 100);
        column(Messages.Archive_author, 160);
        column(Messages.Archive_language, 80);
        column(Messages.Archive_text, 600);
        DateTimeFormatter when = Labels.dateTime();
        table.addListener(SWT.SetData, event -> fill(event, when));
        refresh();
    }

    /** Re-reads the item count and drops cached pages (after a sync or an import). */
    public void refresh() {
        ArchiveRepository archive = WorkspaceSession.current().archive();
        pages = new ArchivePageCache(archive);
        total = archive.count();
        summary.setText(total == 0 ? Messages.Archive_empty
                : NLS.bind(Messages.Archive_count, NumberFormat.getIntegerInstance().format(total)));
        table.clearAll();
        table.setItemCount((int) Math.min(total, WINDOW_STEP));
        summary.getParent().layout(true);
    }

    private void fill(Event event, DateTimeFormatter when) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
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

    /** Rows read from the store so far; tests use it to prove the view does not load the whole archive. */
    public int loadedRowCount() {
        return pages.loadedRows();
    }

    @Override
    public void setFocus() {
        table.setFocus();
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
