package org.pregon.ui.inbox;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.inbox.Durations;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.metrics.ConversationLogs;
import org.pregon.core.metrics.Figures;
import org.pregon.core.metrics.MessageLog;
import org.pregon.core.metrics.MetricsQuery;
import org.pregon.core.metrics.ResponseMetrics;
import org.pregon.core.metrics.TrendPeriod;
import org.pregon.core.store.Workspace;

/**
 * The header's response figures for what the inbox shows (its network, account and assignee filters)
 * over the last 30 days, Meta's window for Page responsiveness: rate, effective rate and response time,
 * computed by the shared metrics engine (org.pregon.core.metrics) in calendar time.
 */
final class InboxMetrics {
    static final Duration RANGE = Duration.ofDays(30);

    private InboxMetrics() {
    }

    /** The header line; no network I/O, but reads and decodes the range's conversations: call from a Job. */
    static String line(Workspace workspace, InboxFilter filter, Instant now) {
        Instant from = now.minus(RANGE);
        MessageLog.Builder log = MessageLog.builder();
        workspace.conversationIndex().forEachActiveSince(filter, Date.from(from), c -> ConversationLogs.add(log, c));
        Figures figures = ResponseMetrics.analyze(log.build())
                .report(new MetricsQuery(from, null, null, TrendPeriod.WEEK, ZoneId.of("UTC"))).overall(); //$NON-NLS-1$
        if (figures.requests() == 0) {
            return InboxTexts.Metrics_none;
        }
        NumberFormat percent = NumberFormat.getPercentInstance();
        Double seconds = figures.calendar().responseTimeSeconds();
        return NLS.bind(InboxTexts.Metrics_line, new Object[] { percent.format(figures.responseRate()), figures.answered(),
                figures.requests(), figures.effectiveRate() == null ? "-" : percent.format(figures.effectiveRate()), //$NON-NLS-1$
                seconds == null ? "-" : Durations.format(Duration.ofMillis(Math.round(seconds * 1000))) }); //$NON-NLS-1$
    }
}
