package org.pregon.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.audit.AuditExport;
import org.pregon.core.store.AuditLog;
import org.pregon.model.AuditEntry;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * The audit log, newest first, in a virtual table read a page at a time (like the archive), filtered
 * by action or user as the user types, and exportable to CSV or JSON.
 */
public class AuditView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.audit"; //$NON-NLS-1$
    static final int PAGE_SIZE = 200;
    /** Rows the table holds at once; it grows when scrolled near its end (GTK creates every virtual row up front). */
    static final int WINDOW_STEP = 5_000;

    private Text filter;
    private Label summary;
    private Table table;
    /** The few most recently used pages, so scrolling a long log keeps memory flat. */
    private final Map<Long, List<AuditEntry>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<AuditEntry>> eldest) {
            return size() > 16;
        }
    };
    private long total;
    private boolean growing;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage(Messages.Audit_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> refresh());
        Button export = new Button(parent, SWT.PUSH);
        export.setText(Messages.Audit_export);
        export.addListener(SWT.Selection, e -> askAndExport());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column(Messages.Audit_date, 160);
        column(Messages.Audit_user, 120);
        column(Messages.Audit_action, 120);
        column(Messages.Audit_target, 220);
        column(Messages.Audit_details, 400);
        DateTimeFormatter when = Labels.dateTime();
        table.addListener(SWT.SetData, event -> fill(event, when));
        refresh();
    }

    /** Re-reads the count for the current filter and drops the cached pages (after new entries or a new filter). */
    public void refresh() {
        AuditLog log = WorkspaceSession.current().audit();
        pages.clear();
        total = log.count(filter.getText());
        summary.setText(total == 0 && filter.getText().isBlank() ? Messages.Audit_empty
                : NLS.bind(Messages.Audit_count, NumberFormat.getIntegerInstance().format(total)));
        table.clearAll();
        table.setItemCount((int) Math.min(total, WINDOW_STEP));
        summary.getParent().layout(true);
    }

    private void fill(Event event, DateTimeFormatter when) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        long page = index / PAGE_SIZE;
        List<AuditEntry> rows = pages.computeIfAbsent(page,
                p -> WorkspaceSession.current().audit().newest(p * PAGE_SIZE, PAGE_SIZE, filter.getText()));
        if (index % PAGE_SIZE >= rows.size()) {
            return; // the log changed since the count: the next refresh shows it
        }
        if (index >= table.getItemCount() - PAGE_SIZE && table.getItemCount() < total && !growing) {
            // the item count cannot change while SWT is asking for data: grow right after
            growing = true;
            table.getDisplay().asyncExec(this::growWindow);
        }
        AuditEntry entry = rows.get(index % PAGE_SIZE);
        item.setText(new String[] { entry.getAt() == null ? "" : when.format(entry.getAt().toInstant()), //$NON-NLS-1$
                nullToEmpty(entry.getWho()), nullToEmpty(entry.getAction()),
                nullToEmpty(entry.getTargetType()) + ' ' + nullToEmpty(entry.getTargetId()),
                Labels.oneLine(nullToEmpty(entry.getDetails()), 200) });
        item.setData(entry);
    }

    private void growWindow() {
        growing = false;
        if (!table.isDisposed()) {
            table.setItemCount((int) Math.min(total, (long) table.getItemCount() + WINDOW_STEP));
        }
    }

    private void askAndExport() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv", "*.json" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName("pregon-audit.csv"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            long written = export(Path.of(chosen));
            summary.setText(NLS.bind(Messages.Audit_exported, written, chosen));
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Audit_export, NLS.bind(Messages.Audit_exportFailed, e.getMessage()));
        }
    }

    /** Writes the entries the view shows (same filter) to the file, as JSON for a .json name, else CSV. */
    public long export(Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"); //$NON-NLS-1$
        return new AuditExport(WorkspaceSession.current().audit()).write(file, json ? AuditExport.Format.JSON : AuditExport.Format.CSV,
                filter.getText());
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

    public Text filterText() {
        return filter;
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }
}
