package org.pregon.ui.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.pregon.core.metrics.Figures;
import org.pregon.core.metrics.ResponseTimes;

/** One breakdown (per account, network or person): a row per group, most requests first. */
final class BreakdownTable {
    private final Table table;
    private final boolean rates;

    /** {@code rates}: false for people, who only have the requests they answered. */
    BreakdownTable(Composite parent, boolean rates) {
        this.rates = rates;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(MetricsUiMessages.Metrics_name, 340, SWT.LEFT);
        column(rates ? MetricsUiMessages.Metrics_requests : MetricsUiMessages.Metrics_answered, 90, SWT.RIGHT);
        if (rates) {
            column(MetricsUiMessages.Metrics_answered, 90, SWT.RIGHT);
            column(MetricsUiMessages.Metrics_responseRate, 110, SWT.RIGHT);
            column(MetricsUiMessages.Metrics_effectiveRate, 110, SWT.RIGHT);
        }
        column(MetricsUiMessages.Metrics_responseTime, 110, SWT.RIGHT);
        column(MetricsUiMessages.Metrics_median, 100, SWT.RIGHT);
        column(MetricsUiMessages.Metrics_quickest, 100, SWT.RIGHT);
        column(MetricsUiMessages.Metrics_slowest, 100, SWT.RIGHT);
    }

    Table control() {
        return table;
    }

    void show(Map<String, Figures> groups, Function<String, String> names, boolean business) {
        List<Map.Entry<String, Figures>> rows = new ArrayList<>(groups.entrySet());
        rows.sort((a, b) -> Integer.compare(b.getValue().requests(), a.getValue().requests()));
        table.removeAll();
        for (Map.Entry<String, Figures> row : rows) {
            Figures f = row.getValue();
            ResponseTimes t = business ? f.business() : f.calendar();
            List<String> cells = new ArrayList<>();
            cells.add(names.apply(row.getKey()));
            cells.add(Durations.count(f.requests()));
            if (rates) {
                cells.add(Durations.count(f.answered()));
                cells.add(Durations.rate(f.responseRate()));
                cells.add(Durations.rate(f.effectiveRate()));
            }
            cells.add(Durations.time(t == null ? null : t.responseTimeSeconds()));
            cells.add(Durations.time(t == null ? null : t.medianSeconds()));
            cells.add(Durations.time(t == null ? null : t.quickestSeconds()));
            cells.add(Durations.time(t == null ? null : t.slowestSeconds()));
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells.toArray(String[]::new));
            item.setData(row.getKey());
        }
    }

    /** The shown rows' cells, for tests and for copying. */
    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            String[] cells = new String[table.getColumnCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = item.getText(i);
            }
            rows.add(cells);
        }
        return rows;
    }

    private void column(String title, int width, int align) {
        TableColumn column = new TableColumn(table, align);
        column.setText(title);
        column.setWidth(width);
    }
}
