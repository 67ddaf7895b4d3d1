package org.pregon.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.graphics.Rectangle;
import org.pregon.core.store.PostRepository;
import org.pregon.model.Post;

/**
 * Where everything sits on the calendar canvas: day cells (month) or half-hour slots (week, day),
 * and one chip per post in the cell of its local date and time. Geometry only, so painting, mouse
 * handling and tests all agree on it.
 */
public final class CalendarGrid {
    public static final int HEADER = 20;
    public static final int GUTTER = 44;
    public static final int SLOT_HEIGHT = 16;
    public static final int SLOT_MINUTES = 30;
    public static final int SLOTS = 24 * 60 / SLOT_MINUTES;
    public static final int CHIP_HEIGHT = 16;
    private static final int DAY_NUMBER = 16;

    /** A post drawn at {@code bounds}, placed by its local time {@code at}. */
    public record Chip(Post post, LocalDateTime at, Rectangle bounds) {
    }

    private final CalendarMode mode;
    private final LocalDate start;
    private final int width;
    private final int height;
    private final List<Chip> chips = new ArrayList<>();
    private final Map<LocalDate, Integer> hidden = new LinkedHashMap<>();

    public CalendarGrid(CalendarMode mode, LocalDate start, int width, int height, List<Post> posts, ZoneId zone) {
        this.mode = mode;
        this.start = start;
        this.width = Math.max(width, GUTTER + 7 * 20);
        this.height = Math.max(height, HEADER + 6 * (DAY_NUMBER + CHIP_HEIGHT));
        Map<Object, List<Post>> byCell = new LinkedHashMap<>();
        Map<Post, LocalDateTime> local = new LinkedHashMap<>();
        for (Post post : posts) {
            LocalDateTime at = LocalDateTime.ofInstant(PostRepository.calendarDate(post).toInstant(), zone);
            if (day(at.toLocalDate()) < 0 || day(at.toLocalDate()) >= mode.days()) {
                continue;
            }
            local.put(post, at);
            Object cell = mode == CalendarMode.MONTH ? at.toLocalDate() : slotStart(at);
            byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(post);
        }
        byCell.forEach((cell, inCell) -> place(cell, inCell, local));
    }

    /** The height the canvas needs: month fits the view, week and day have a fixed row per slot. */
    public static int preferredHeight(CalendarMode mode, int available) {
        return mode == CalendarMode.MONTH ? available : HEADER + SLOTS * SLOT_HEIGHT;
    }

    public CalendarMode mode() {
        return mode;
    }

    public LocalDate start() {
        return start;
    }

    public List<Chip> chips() {
        return List.copyOf(chips);
    }

    /** Posts that did not fit in a month cell, by day; the cell says "+n". */
    public Map<LocalDate, Integer> hidden() {
        return Map.copyOf(hidden);
    }

    public Optional<Chip> chipAt(int x, int y) {
        return chips.stream().filter(c -> c.bounds().contains(x, y)).findFirst();
    }

    public Optional<Chip> chipOf(String postId) {
        return chips.stream().filter(c -> c.post().getId().equals(postId)).findFirst();
    }

    /** The day under a point, in any mode. */
    public Optional<LocalDate> dayAt(int x, int y) {
        if (y < HEADER || x < left() || x >= width) {
            return Optional.empty();
        }
        int column = (x - left()) / columnWidth();
        int row = mode == CalendarMode.MONTH ? (y - HEADER) / rowHeight() : 0;
        int index = row * 7 + column;
        return column < columns() && index < mode.days() ? Optional.of(start.plusDays(index)) : Optional.empty();
    }

    /** The slot under a point in week and day modes; empty in month mode, where a drop keeps the time. */
    public Optional<LocalDateTime> slotAt(int x, int y) {
        if (mode == CalendarMode.MONTH) {
            return Optional.empty();
        }
        int slot = (y - HEADER) / SLOT_HEIGHT;
        return slot < 0 || slot >= SLOTS ? Optional.empty()
                : dayAt(x, y).map(d -> d.atStartOfDay().plusMinutes((long) slot * SLOT_MINUTES));
    }

    /** The cell of a day (month) or of a day's whole column (week, day). */
    public Rectangle dayBounds(LocalDate date) {
        int index = day(date);
        if (mode == CalendarMode.MONTH) {
            return new Rectangle(left() + index % 7 * columnWidth(), HEADER + index / 7 * rowHeight(), columnWidth(), rowHeight());
        }
        return new Rectangle(left() + index * columnWidth(), HEADER, columnWidth(), SLOTS * SLOT_HEIGHT);
    }

    public Rectangle slotBounds(LocalDateTime at) {
        Rectangle column = dayBounds(at.toLocalDate());
        int slot = (int) (ChronoUnit.MINUTES.between(at.toLocalDate().atStartOfDay(), slotStart(at)) / SLOT_MINUTES);
        return new Rectangle(column.x, HEADER + slot * SLOT_HEIGHT, column.width, SLOT_HEIGHT);
    }

    public int columns() {
        return mode == CalendarMode.MONTH ? 7 : mode.days();
    }

    public int left() {
        return mode == CalendarMode.MONTH ? 0 : GUTTER;
    }

    public int columnWidth() {
        return (width - left()) / columns();
    }

    public int rowHeight() {
        return (height - HEADER) / 6;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    private void place(Object cell, List<Post> inCell, Map<Post, LocalDateTime> local) {
        if (cell instanceof LocalDate date) {
            Rectangle bounds = dayBounds(date);
            int fit = Math.max(0, (bounds.height - DAY_NUMBER) / CHIP_HEIGHT);
            int shown = inCell.size() > fit ? Math.max(0, fit - 1) : inCell.size();
            for (int i = 0; i < shown; i++) {
                chips.add(new Chip(inCell.get(i), local.get(inCell.get(i)),
                        new Rectangle(bounds.x + 2, bounds.y + DAY_NUMBER + i * CHIP_HEIGHT, bounds.width - 4, CHIP_HEIGHT - 1)));
            }
            if (shown < inCell.size()) {
                hidden.put(date, inCell.size() - shown);
            }
            return;
        }
        // posts due in the same half hour share its slot side by side
        Rectangle slot = slotBounds((LocalDateTime) cell);
        int each = Math.max(1, (slot.width - 4) / inCell.size());
        for (int i = 0; i < inCell.size(); i++) {
            chips.add(new Chip(inCell.get(i), local.get(inCell.get(i)),
                    new Rectangle(slot.x + 2 + i * each, slot.y, each - 1, SLOT_HEIGHT - 1)));
        }
    }

    private int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    private static LocalDateTime slotStart(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        return at.toLocalDate().atTime(time.getHour(), time.getMinute() / SLOT_MINUTES * SLOT_MINUTES);
    }
}
