package org.pregon.core.inbox;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

/** Short human durations for the inbox: "3 d 4 h", "5 h 12 min", "7 min". */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return NLS.bind(InboxMessages.Duration_daysHours, days, hours);
        }
        if (hours > 0) {
            return NLS.bind(InboxMessages.Duration_hoursMinutes, hours, rest);
        }
        return NLS.bind(InboxMessages.Duration_minutes, rest);
    }
}
