package org.pregon.core.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * Business hours laid out as instants over a span of dates: a sorted list of disjoint office intervals
 * [open, close) in epoch milliseconds, with the business time before each. The business time between
 * two instants is then two binary searches and a subtraction, allocation-free. Local times become
 * instants through the zone's rules, so a day of 23 or 25 hours (daylight saving) counts what the
 * clock on the office wall shows; a local time the clocks skip moves forward, one they repeat takes
 * the earlier instant.
 */
final class BusinessClock {
    private final long[] open;
    private final long[] close;
    /** Business milliseconds in all intervals before interval i. */
    private final long[] before;

    private BusinessClock(long[] open, long[] close, long[] before) {
        this.open = open;
        this.close = close;
        this.before = before;
    }

    /** A clock good for instants from {@code fromMillis} to {@code toMillis} (a day's margin each side). */
    static BusinessClock covering(BusinessHours hours, long fromMillis, long toMillis) {
        ZoneId zone = hours.zone();
        LocalDate first = Instant.ofEpochMilli(Math.min(fromMillis, toMillis)).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = Instant.ofEpochMilli(Math.max(fromMillis, toMillis)).atZone(zone).toLocalDate().plusDays(1);
        int capacity = 16;
        long[] open = new long[capacity];
        long[] close = new long[capacity];
        int n = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            int[] minutes = hours.minutesOn(date);
            for (int i = 0; i < minutes.length; i += 2) {
                long start = instant(date, minutes[i], zone);
                long end = instant(date, minutes[i + 1], zone);
                if (end <= start || (n > 0 && start < close[n - 1])) {
                    continue; // collapsed by a clock change
                }
                if (n == open.length) {
                    open = Arrays.copyOf(open, n * 2);
                    close = Arrays.copyOf(close, n * 2);
                }
                open[n] = start;
                close[n] = end;
                n++;
            }
        }
        long[] before = new long[n];
        for (int i = 1; i < n; i++) {
            before[i] = before[i - 1] + close[i - 1] - open[i - 1];
        }
        return new BusinessClock(Arrays.copyOf(open, n), Arrays.copyOf(close, n), before);
    }

    private static long instant(LocalDate date, int minuteOfDay, ZoneId zone) {
        ZonedDateTime at = minuteOfDay == 24 * 60 ? date.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone);
        return at.toInstant().toEpochMilli();
    }

    /** Business milliseconds from {@code from} to {@code to} (0 when {@code to} is not after {@code from}). */
    long businessMillis(long from, long to) {
        return to <= from ? 0 : upTo(to) - upTo(from);
    }

    /** Business milliseconds from the clock's start up to {@code t}. */
    private long upTo(long t) {
        int lo = 0;
        int hi = open.length - 1;
        int found = -1;
        while (lo <= hi) { // last interval opening at or before t
            int mid = (lo + hi) >>> 1;
            if (open[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? 0 : before[found] + Math.min(t, close[found]) - open[found];
    }
}
