package org.pregon.core.metrics;

import java.time.LocalDate;

/** One period of a trend: the requests that started from {@code start} (local date, inclusive) to the next period. */
public record TrendPoint(LocalDate start, Figures figures) {
}
