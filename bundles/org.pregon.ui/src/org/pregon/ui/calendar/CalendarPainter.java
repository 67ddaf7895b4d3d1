package org.pregon.ui.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.ui.internal.Labels;

/** Draws a {@link CalendarGrid}: lines, day and hour headings, and each post as a coloured chip. */
public final class CalendarPainter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

    private final NetworkMarkers markers;
    /** The network kinds a post goes to. */
    private final Function<Post, List<String>> networks;

    public CalendarPainter(NetworkMarkers markers, Function<Post, List<String>> networks) {
        this.markers = markers;
        this.networks = networks;
    }

    /** @param month the month being shown, whose days are drawn darker than the neighbours' */
    public void paint(GC gc, CalendarGrid grid, java.time.YearMonth month, LocalDate today, Rectangle dropTarget) {
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(0, 0, grid.width(), grid.height());
        if (dropTarget != null) {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setAlpha(70);
            gc.fillRectangle(dropTarget);
            gc.setAlpha(255);
        }
        gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        for (int column = 0; column <= grid.columns(); column++) {
            int x = grid.left() + column * grid.columnWidth();
            gc.drawLine(x, 0, x, grid.height());
        }
        gc.drawLine(0, CalendarGrid.HEADER, grid.width(), CalendarGrid.HEADER);
        if (grid.mode() == CalendarMode.MONTH) {
            paintMonth(gc, grid, month, today, display);
        } else {
            paintSlots(gc, grid, today, display);
        }
        for (CalendarGrid.Chip chip : grid.chips()) {
            paintChip(gc, chip, display);
        }
    }

    private static void paintMonth(GC gc, CalendarGrid grid, java.time.YearMonth month, LocalDate today, Display display) {
        for (int column = 0; column < 7; column++) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString(grid.start().plusDays(column).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()),
                    column * grid.columnWidth() + 4, 2, true);
        }
        for (int row = 1; row < 6; row++) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawLine(0, CalendarGrid.HEADER + row * grid.rowHeight(), grid.width(), CalendarGrid.HEADER + row * grid.rowHeight());
        }
        for (int i = 0; i < 42; i++) {
            LocalDate day = grid.start().plusDays(i);
            Rectangle cell = grid.dayBounds(day);
            boolean inMonth = java.time.YearMonth.from(day).equals(month);
            gc.setForeground(display.getSystemColor(day.equals(today) ? SWT.COLOR_RED
                    : inMonth ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawString(Integer.toString(day.getDayOfMonth()), cell.x + 3, cell.y + 1, true);
        }
        grid.hidden().forEach((day, count) -> {
            Rectangle cell = grid.dayBounds(day);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString("+" + count, cell.x + cell.width - 30, cell.y + 1, true); //$NON-NLS-1$
        });
    }

    private static void paintSlots(GC gc, CalendarGrid grid, LocalDate today, Display display) {
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("EEE d MMM", Locale.getDefault()); //$NON-NLS-1$
        for (int column = 0; column < grid.columns(); column++) {
            LocalDate day = grid.start().plusDays(column);
            gc.setForeground(display.getSystemColor(day.equals(today) ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString(heading.format(day), grid.left() + column * grid.columnWidth() + 4, 2, true);
        }
        for (int slot = 0; slot < CalendarGrid.SLOTS; slot++) {
            int y = CalendarGrid.HEADER + slot * CalendarGrid.SLOT_HEIGHT;
            boolean hour = slot % 2 == 0;
            gc.setForeground(display.getSystemColor(hour ? SWT.COLOR_WIDGET_NORMAL_SHADOW : SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.drawLine(hour ? 0 : grid.left(), y, grid.width(), y);
            if (hour) {
                gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                gc.drawString(TIME.format(LocalTime.of(slot / 2, 0)), 4, y + 1, true);
            }
        }
    }

    private void paintChip(GC gc, CalendarGrid.Chip chip, Display display) {
        Rectangle r = chip.bounds();
        Color fill = new Color(display, StatusColors.of(chip.post().getStatus()));
        gc.setBackground(fill);
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 4, 4);
        fill.dispose();
        gc.setClipping(r);
        int x = r.x + 2;
        for (String kind : networks.apply(chip.post())) {
            Color marker = new Color(display, markers.colour(kind));
            gc.setBackground(marker);
            gc.fillRectangle(x, r.y + 2, r.height - 4, r.height - 4);
            marker.dispose();
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.drawString(NetworkMarkers.initial(kind), x + 2, r.y, true);
            x += r.height - 2;
        }
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        // a clock mark: handed over to a network's own scheduler, so it goes out even with Pregón closed
        String handedOver = chip.post().getVariants().stream().anyMatch(v -> v.getHandedOverFor() != null
                && v.getStatus() != org.pregon.model.PostStatus.PUBLISHED) ? "\u23F2 " : ""; //$NON-NLS-1$ //$NON-NLS-2$
        gc.drawString(handedOver + TIME.format(chip.at()) + ' ' + Labels.oneLine(firstText(chip.post()), 80), x + 2, r.y, true);
        gc.setClipping((Rectangle) null);
    }

    static String firstText(Post post) {
        return post.getTexts().stream().map(LocalizedText::getText).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(""); //$NON-NLS-1$
    }
}
