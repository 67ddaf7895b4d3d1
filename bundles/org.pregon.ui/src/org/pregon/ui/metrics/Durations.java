package org.pregon.ui.metrics;

import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;

/** Response times and rates as people read them: "18 min", "2 h 05 min", "3 d 4 h", "81 %"; a dash when there is nothing to measure. */
final class Durations {
    static final String NONE = "–"; //$NON-NLS-1$

    private Durations() {
    }

    static String time(Double seconds) {
        if (seconds == null) {
            return NONE;
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return NLS.bind(MetricsUiMessages.Duration_seconds, s);
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 60) {
            return NLS.bind(MetricsUiMessages.Duration_minutes, minutes);
        }
        if (minutes < 24 * 60) {
            return NLS.bind(MetricsUiMessages.Duration_hours, minutes / 60, String.format("%02d", minutes % 60)); //$NON-NLS-1$
        }
        long hours = Math.round(seconds / 3600);
        return NLS.bind(MetricsUiMessages.Duration_days, hours / 24, hours % 24);
    }

    static String rate(Double rate) {
        if (rate == null) {
            return NONE;
        }
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMaximumFractionDigits(rate > 0.99 && rate < 1 || rate > 0 && rate < 0.01 ? 1 : 0);
        return percent.format(rate);
    }

    static String count(int n) {
        return NumberFormat.getIntegerInstance().format(n);
    }
}
