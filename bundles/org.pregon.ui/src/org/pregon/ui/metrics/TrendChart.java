package org.pregon.ui.metrics;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.pregon.core.metrics.Figures;
import org.pregon.core.metrics.ResponseTimes;
import org.pregon.core.metrics.TrendPoint;

/**
 * The weekly trend, drawn with SWT's GC: a bar per week for the response rate (left axis, 0–100 %) and
 * a line for the Facebook-style response time (right axis, up to the slowest week); weeks without
 * requests have neither. Calendar or business time, as the dashboard shows.
 */
final class TrendChart {
    private static final int MARGIN_LEFT = 44;
    private static final int MARGIN_RIGHT = 64;
    private static final int MARGIN_TOP = 24;
    private static final int MARGIN_BOTTOM = 22;

    private final Canvas canvas;
    private final Color barColor = new Color(0x4a, 0x90, 0xd9);
    private final Color lineColor = new Color(0xd9, 0x6a, 0x1e);
    private List<TrendPoint> points = List.of();
    private boolean business;

    TrendChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    Canvas control() {
        return canvas;
    }

    void show(List<TrendPoint> trend, boolean businessTime) {
        points = trend;
        business = businessTime;
        canvas.redraw();
    }

    List<TrendPoint> points() {
        return points;
    }

    private ResponseTimes times(Figures f) {
        return business ? f.business() : f.calendar();
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawString(MetricsUiMessages.Metrics_trendTitle, MARGIN_LEFT, 2, true);
        legend(gc, area);
        int width = area.width - MARGIN_LEFT - MARGIN_RIGHT;
        int height = area.height - MARGIN_TOP - MARGIN_BOTTOM;
        if (width < 20 || height < 20) {
            return;
        }
        int bottom = MARGIN_TOP + height;
        Color grid = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        for (int pct = 0; pct <= 100; pct += 50) {
            int y = bottom - height * pct / 100;
            gc.setForeground(grid);
            gc.drawLine(MARGIN_LEFT, y, MARGIN_LEFT + width, y);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            String label = pct + " %"; //$NON-NLS-1$
            gc.drawString(label, MARGIN_LEFT - gc.stringExtent(label).x - 4, y - gc.getFontMetrics().getHeight() / 2, true);
        }
        if (points.isEmpty() || points.stream().allMatch(p -> p.figures().requests() == 0)) {
            gc.drawString(MetricsUiMessages.Metrics_trendEmpty, MARGIN_LEFT + 8, MARGIN_TOP + height / 2, true);
            return;
        }
        double slowest = 0;
        for (TrendPoint p : points) {
            ResponseTimes t = times(p.figures());
            if (t != null && t.responseTimeSeconds() != null) {
                slowest = Math.max(slowest, t.responseTimeSeconds());
            }
        }
        String top = Durations.time(slowest);
        gc.drawString(top, MARGIN_LEFT + width + 4, MARGIN_TOP - gc.getFontMetrics().getHeight() / 2, true);
        gc.drawString(Durations.time(0.0), MARGIN_LEFT + width + 4, bottom - gc.getFontMetrics().getHeight() / 2, true);

        int n = points.size();
        double slot = width / (double) n;
        int barWidth = Math.max(1, (int) (slot * 0.7));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.getDefault());
        int labelEvery = Math.max(1, (int) Math.ceil(gc.stringExtent("00/00/00").x * 1.5 / slot)); //$NON-NLS-1$
        gc.setBackground(barColor);
        Point previous = null;
        for (int i = 0; i < n; i++) {
            Figures f = points.get(i).figures();
            int x = MARGIN_LEFT + (int) (i * slot + (slot - barWidth) / 2);
            if (f.responseRate() != null) {
                int h = (int) Math.round(height * f.responseRate());
                gc.fillRectangle(x, bottom - h, barWidth, h);
            }
            if (i % labelEvery == 0) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                gc.drawString(day.format(points.get(i).start()), x, bottom + 3, true);
            }
            ResponseTimes t = times(f);
            if (t != null && t.responseTimeSeconds() != null && slowest > 0) {
                Point here = new Point(x + barWidth / 2, bottom - (int) Math.round(height * t.responseTimeSeconds() / slowest));
                gc.setForeground(lineColor);
                gc.setLineWidth(2);
                if (previous != null) {
                    gc.drawLine(previous.x, previous.y, here.x, here.y);
                }
                gc.drawOval(here.x - 2, here.y - 2, 4, 4);
                gc.setLineWidth(1);
                previous = here;
            }
        }
    }

    private void legend(GC gc, Rectangle area) {
        String rate = MetricsUiMessages.Metrics_trendRate;
        String time = MetricsUiMessages.Metrics_trendTime;
        int x = area.width - MARGIN_RIGHT - gc.stringExtent(rate).x - gc.stringExtent(time).x - 48;
        gc.setBackground(barColor);
        gc.fillRectangle(x, 6, 10, 10);
        gc.drawString(rate, x + 14, 2, true);
        x += 14 + gc.stringExtent(rate).x + 12;
        gc.setForeground(lineColor);
        gc.setLineWidth(2);
        gc.drawLine(x, 11, x + 12, 11);
        gc.setLineWidth(1);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.drawString(time, x + 16, 2, true);
    }
}
