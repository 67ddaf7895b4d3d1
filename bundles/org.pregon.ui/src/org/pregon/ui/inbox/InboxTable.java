package org.pregon.ui.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pregon.core.inbox.Durations;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.InboxRow;
import org.pregon.ui.calendar.NetworkMarkers;
import org.pregon.ui.internal.Labels;

/**
 * The inbox list: a virtual table asking the store only for the pages on screen (count + LIMIT/OFFSET
 * reads through an index). Like the Archive view it holds a window of rows that grows as the user
 * scrolls towards its end, because GTK creates every item of a virtual table up front.
 */
final class InboxTable {
    static final int PAGE_SIZE = 100;
    static final int WINDOW_STEP = 5_000;
    private static final int PAGES_KEPT = 20;

    private final Table table;
    private final NetworkMarkers markers;
    private final Function<String, String> accountName;
    private final Map<Long, List<InboxRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<InboxRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Font bold;
    private final Map<String, Color> colours = new java.util.HashMap<>();
    private InboxQuery query;
    private InboxFilter filter = InboxFilter.ALL;
    private long total;
    private boolean growing;
    private int loadedRows;

    InboxTable(Composite parent, NetworkMarkers markers, Function<String, String> accountName) {
        this.markers = markers;
        this.accountName = accountName;
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(InboxTexts.Column_network, 40);
        column(InboxTexts.Column_account, 120);
        column(InboxTexts.Column_participant, 150);
        column(InboxTexts.Column_message, 320);
        column(InboxTexts.Column_waiting, 90);
        column(InboxTexts.Column_assignee, 100);
        column(InboxTexts.Column_last, 130);
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(table.getDisplay(), data);
        DateTimeFormatter when = Labels.dateTime();
        table.addListener(SWT.SetData, event -> fill(event, when));
        table.addListener(SWT.Dispose, e -> {
            bold.dispose();
            colours.values().forEach(Color::dispose);
        });
    }

    Table control() {
        return table;
    }

    /** Shows {@code count} rows of {@code filter}; rows are read when SWT asks for them. */
    void show(InboxQuery inbox, InboxFilter shown, long count) {
        query = inbox;
        filter = shown;
        total = count;
        pages.clear();
        table.clearAll();
        table.setItemCount((int) Math.min(total, WINDOW_STEP));
    }

    long total() {
        return total;
    }

    int loadedRows() {
        return loadedRows;
    }

    /** The row at {@code index} (read through the page cache), or null past the end. */
    InboxRow row(int index) {
        if (query == null || index < 0 || index >= total) {
            return null;
        }
        long page = index / PAGE_SIZE;
        List<InboxRow> rows = pages.computeIfAbsent(page, p -> {
            List<InboxRow> read = query.page(filter, p * PAGE_SIZE, PAGE_SIZE);
            loadedRows += read.size();
            return read;
        });
        int offset = index % PAGE_SIZE;
        return offset < rows.size() ? rows.get(offset) : null;
    }

    InboxRow selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : row(index);
    }

    private void fill(Event event, DateTimeFormatter when) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        if (index >= table.getItemCount() - PAGE_SIZE && table.getItemCount() < total && !growing) {
            growing = true; // the item count cannot change while SWT asks for data
            table.getDisplay().asyncExec(this::growWindow);
        }
        InboxRow row = row(index);
        if (row == null) {
            return;
        }
        String waiting = row.waitingSince() == null ? "" //$NON-NLS-1$
                : Durations.format(Duration.between(row.waitingSince().toInstant(), Instant.now()));
        item.setText(new String[] { NetworkMarkers.initial(row.networkKind()), accountName.apply(row.accountId()),
                nullToEmpty(row.participant()), nullToEmpty(row.snippet()), waiting, nullToEmpty(row.assignee()),
                row.lastMessageAt() == null ? "" : when.format(row.lastMessageAt().toInstant()) }); //$NON-NLS-1$
        item.setForeground(0, colour(markers.colour(nullToEmpty(row.networkKind()))));
        item.setFont(row.unread() ? bold : null);
        item.setData(row);
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb.toString(), k -> new Color(table.getDisplay(), rgb));
    }

    private void growWindow() {
        growing = false;
        if (!table.isDisposed()) {
            table.setItemCount((int) Math.min(total, (long) table.getItemCount() + WINDOW_STEP));
        }
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.NONE);
        column.setText(name);
        column.setWidth(width);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
