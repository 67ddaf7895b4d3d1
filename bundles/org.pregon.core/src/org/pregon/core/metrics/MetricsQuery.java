package org.pregon.core.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to compute: the requests whose time (the citizen's message that started them) is in
 * [{@code from}, {@code to}) — either end may be null for "unbounded"; a request's answer may come
 * after {@code to} —, the business hours to measure business time with (null: calendar time only),
 * the trend period, and the zone trend periods and {@link #days} are read in.
 */
public record MetricsQuery(Instant from, Instant to, BusinessHours businessHours, TrendPeriod trend, ZoneId zone) {

    public MetricsQuery {
        Objects.requireNonNull(trend, "trend"); //$NON-NLS-1$
        Objects.requireNonNull(zone, "zone"); //$NON-NLS-1$
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(MetricsMessages.Query_toBeforeFrom, to, from));
        }
    }

    /** Everything, calendar time only, weekly trend in UTC. */
    public static MetricsQuery all() {
        return new MetricsQuery(null, null, null, TrendPeriod.WEEK, ZoneId.of("UTC")); //$NON-NLS-1$
    }

    /** Requests from the start of {@code first} to the end of {@code last} (whole days in {@code zone}; either may be null). */
    public static MetricsQuery days(LocalDate first, LocalDate last, ZoneId zone, BusinessHours hours, TrendPeriod trend) {
        return new MetricsQuery(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), hours, trend, zone);
    }

    public MetricsQuery withBusinessHours(BusinessHours hours) {
        return new MetricsQuery(from, to, hours, trend, zone);
    }
}
