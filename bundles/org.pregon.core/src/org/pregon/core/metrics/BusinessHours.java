package org.pregon.core.metrics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/**
 * Office hours: which local times of which weekdays count as business time, the public holidays that
 * do not, and the time zone they are read in. Written as a spec (grammar in the README, "Response
 * metrics"):
 *
 * <pre>mon-fri 08:00-15:00; holidays 2026-12-08,2026-12-25; zone Europe/Madrid</pre>
 *
 * Clauses are separated by ";"; a day clause is days ({@code mon}..{@code sun}, ranges {@code mon-fri},
 * lists {@code mon,wed}) followed by one or more {@code HH:mm-HH:mm} ranges separated by ","; the end
 * may be 24:00. The zone is required; holidays are optional. Immutable.
 */
public final class BusinessHours {
    private static final String[] DAY_NAMES = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    /** Per day of week (0 = Monday): sorted, disjoint [start, end) minute-of-day pairs. */
    private final int[][] minutes;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    private BusinessHours(int[][] minutes, Set<LocalDate> holidays, ZoneId zone) {
        this.minutes = minutes;
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.zone = zone;
    }

    /** Reads a spec; throws {@link IllegalArgumentException} with a message saying what is wrong and where. */
    public static BusinessHours parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw bad(MetricsMessages.BusinessHours_empty, ""); //$NON-NLS-1$ bound for its quotes
        }
        List<List<int[]>> perDay = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            perDay.add(new ArrayList<>());
        }
        Set<LocalDate> holidays = new TreeSet<>();
        ZoneId zone = null;
        boolean anyDays = false;
        for (String rawClause : spec.split(";")) { //$NON-NLS-1$
            String clause = rawClause.strip();
            if (clause.isEmpty()) {
                continue;
            }
            String[] parts = clause.split("\\s+", 2); //$NON-NLS-1$
            String head = parts[0].toLowerCase(Locale.ROOT);
            String rest = parts.length > 1 ? parts[1].strip() : ""; //$NON-NLS-1$
            if (head.equals("zone")) { //$NON-NLS-1$
                if (zone != null) {
                    throw bad(MetricsMessages.BusinessHours_twoZones, clause);
                }
                try {
                    zone = ZoneId.of(rest);
                } catch (DateTimeException e) {
                    throw bad(MetricsMessages.BusinessHours_badZone, rest);
                }
            } else if (head.equals("holidays") || head.equals("holiday")) { //$NON-NLS-1$ //$NON-NLS-2$
                for (String date : rest.split("[,\\s]+")) { //$NON-NLS-1$
                    if (date.isEmpty()) {
                        continue;
                    }
                    try {
                        holidays.add(LocalDate.parse(date));
                    } catch (DateTimeParseException e) {
                        throw bad(MetricsMessages.BusinessHours_badDate, date);
                    }
                }
            } else {
                boolean[] days = days(head, clause);
                if (rest.isEmpty()) {
                    throw bad(MetricsMessages.BusinessHours_noHours, clause);
                }
                for (String range : rest.split("\\s*,\\s*")) { //$NON-NLS-1$
                    int[] span = range(range.strip());
                    for (int d = 0; d < 7; d++) {
                        if (days[d]) {
                            perDay.get(d).add(span);
                        }
                    }
                }
                anyDays = true;
            }
        }
        if (!anyDays) {
            throw bad(MetricsMessages.BusinessHours_noDays, ""); //$NON-NLS-1$ bound for its quotes
        }
        if (zone == null) {
            throw bad(MetricsMessages.BusinessHours_noZone, ""); //$NON-NLS-1$ bound for its quotes
        }
        int[][] minutes = new int[7][];
        for (int d = 0; d < 7; d++) {
            List<int[]> spans = perDay.get(d);
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            minutes[d] = new int[spans.size() * 2];
            for (int i = 0; i < spans.size(); i++) {
                if (i > 0 && spans.get(i)[0] < spans.get(i - 1)[1]) {
                    throw new IllegalArgumentException(NLS.bind(MetricsMessages.BusinessHours_overlap, DAY_NAMES[d],
                            text(spans.get(i - 1)) + ", " + text(spans.get(i)))); //$NON-NLS-1$
                }
                minutes[d][2 * i] = spans.get(i)[0];
                minutes[d][2 * i + 1] = spans.get(i)[1];
            }
        }
        return new BusinessHours(minutes, holidays, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The business ranges of a date, as [start, end) minute-of-day pairs; none on a holiday. */
    int[] minutesOn(LocalDate date) {
        return holidays.contains(date) ? new int[0] : minutes[date.getDayOfWeek().getValue() - 1];
    }

    /** Business seconds between two instants (epoch milliseconds), for a single figure; reports use {@link BusinessClock}. */
    public double businessSeconds(long fromMillis, long toMillis) {
        return BusinessClock.covering(this, fromMillis, toMillis).businessMillis(fromMillis, toMillis) / 1000.0;
    }

    /** The spec in canonical form: what {@link #parse} reads back to equal hours. */
    public String spec() {
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < 7; d++) {
            if (minutes[d].length == 0) {
                continue;
            }
            int to = d;
            while (to + 1 < 7 && Arrays.equals(minutes[to + 1], minutes[d])) {
                to++;
            }
            if (out.length() > 0) {
                out.append("; "); //$NON-NLS-1$
            }
            out.append(DAY_NAMES[d]).append(to > d ? "-" + DAY_NAMES[to] : "").append(' '); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < minutes[d].length; i += 2) {
                out.append(i > 0 ? "," : "").append(text(new int[] { minutes[d][i], minutes[d][i + 1] })); //$NON-NLS-1$ //$NON-NLS-2$
            }
            d = to;
        }
        if (!holidays.isEmpty()) {
            out.append("; holidays ").append(holidays.stream().map(LocalDate::toString).collect(Collectors.joining(","))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return out.append("; zone ").append(zone.getId()).toString(); //$NON-NLS-1$
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessHours o && Arrays.deepEquals(minutes, o.minutes) && holidays.equals(o.holidays)
                && zone.equals(o.zone);
    }

    @Override
    public int hashCode() {
        return spec().hashCode();
    }

    @Override
    public String toString() {
        return spec();
    }

    private static boolean[] days(String text, String clause) {
        boolean[] days = new boolean[7];
        for (String item : text.split(",")) { //$NON-NLS-1$
            String[] ends = item.split("-", -1); //$NON-NLS-1$
            if (ends.length > 2) {
                throw bad(MetricsMessages.BusinessHours_badDays, item);
            }
            int from = day(ends[0], clause);
            int to = ends.length == 2 ? day(ends[1], clause) : from;
            for (int d = from;; d = (d + 1) % 7) { // fri-mon wraps over the weekend
                days[d] = true;
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static int day(String name, String clause) {
        for (int d = 0; d < 7; d++) {
            if (DAY_NAMES[d].equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException(NLS.bind(MetricsMessages.BusinessHours_badDay, name, clause));
    }

    private static int[] range(String text) {
        String[] ends = text.split("-", -1); //$NON-NLS-1$
        if (ends.length != 2) {
            throw bad(MetricsMessages.BusinessHours_badRange, text);
        }
        int start = minute(ends[0].strip(), text);
        int end = minute(ends[1].strip(), text);
        if (start >= end) {
            throw bad(MetricsMessages.BusinessHours_emptyRange, text);
        }
        return new int[] { start, end };
    }

    private static int minute(String time, String range) {
        if (time.equals("24:00")) { //$NON-NLS-1$
            return 24 * 60;
        }
        try {
            if (!time.matches("\\d{2}:\\d{2}")) { //$NON-NLS-1$
                throw bad(MetricsMessages.BusinessHours_badRange, range);
            }
            LocalTime t = LocalTime.parse(time);
            return t.getHour() * 60 + t.getMinute();
        } catch (DateTimeParseException e) {
            throw bad(MetricsMessages.BusinessHours_badRange, range);
        }
    }

    private static String text(int[] span) {
        return String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", span[0] / 60, span[0] % 60, span[1] / 60, span[1] % 60); //$NON-NLS-1$
    }

    private static IllegalArgumentException bad(String message, String what) {
        return new IllegalArgumentException(NLS.bind(message, what));
    }
}
