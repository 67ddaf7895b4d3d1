package org.pregon.core.metrics;

import java.util.List;
import java.util.Map;

/**
 * The response metrics of a {@link MetricsQuery}: overall, per account id, per network kind, per person
 * (the Pregón user who wrote the answering reply; only the requests they answered, key "" for replies
 * written outside Pregón), and the trend series (every period from the first to the last, empty ones included).
 */
public record MetricsReport(MetricsQuery query, Figures overall, Map<String, Figures> byAccount,
        Map<String, Figures> byNetwork, Map<String, Figures> byPerson, List<TrendPoint> trend) {
}
