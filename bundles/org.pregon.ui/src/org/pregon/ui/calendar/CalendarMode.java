package org.pregon.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** What the calendar shows around a day: its month (as six whole weeks), its week, or the day. */
public enum CalendarMode {
    MONTH, WEEK, DAY;

    /** First day shown; weeks start on Monday as in Spain. */
    public LocalDate start(LocalDate anchor) {
        return switch (this) {
            case MONTH -> anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> anchor;
        };
    }

    public int days() {
        return switch (this) {
            case MONTH -> 42;
            case WEEK -> 7;
            case DAY -> 1;
        };
    }

    /** The anchor of the previous (-1) or next (+1) page. */
    public LocalDate step(LocalDate anchor, int direction) {
        return switch (this) {
            case MONTH -> anchor.withDayOfMonth(1).plusMonths(direction);
            case WEEK -> anchor.plusWeeks(direction);
            case DAY -> anchor.plusDays(direction);
        };
    }
}
