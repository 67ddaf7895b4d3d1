package org.pregon.core.metrics;

/** The length of one point of a trend series: calendar weeks (Monday to Sunday) or calendar months. */
public enum TrendPeriod {
    WEEK, MONTH
}
