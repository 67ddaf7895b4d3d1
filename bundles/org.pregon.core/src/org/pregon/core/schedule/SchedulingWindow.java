package org.pregon.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How far ahead a network accepts a natively scheduled publication (Facebook: 10 minutes to 6
 * months). The upper bound is a {@link Period} because networks state it in calendar months, which
 * a fixed {@link Duration} cannot express.
 *
 * @param minLead shortest lead time, or null for none
 * @param maxLead longest lead time, or null for none
 */
public record SchedulingWindow(Duration minLead, Period maxLead) {

    /** Parses ISO-8601 texts as declared in plugin.xml ("PT10M", "P6M"); null or blank means no bound. */
    public static SchedulingWindow parse(String minLead, String maxLead) throws DateTimeParseException {
        return new SchedulingWindow(blank(minLead) ? null : Duration.parse(minLead.trim()),
                blank(maxLead) ? null : Period.parse(maxLead.trim()));
    }

    public boolean isTooSoon(Instant at, Instant now) {
        return minLead != null && at.isBefore(now.plus(minLead));
    }

    public boolean isTooFar(Instant at, Instant now) {
        // months are added on the UTC calendar: a day's difference at the edge does not matter here
        return maxLead != null && at.isAfter(now.atOffset(ZoneOffset.UTC).plus(maxLead).toInstant());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
