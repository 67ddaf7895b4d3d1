package org.pregon.ui.calendar;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.schedule.ScheduleWarning;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/** The sentences the calendar shows after a move, in the workbench's language. */
public final class ScheduleTexts {
    private ScheduleTexts() {
    }

    public static String of(Rescheduling outcome) {
        if (outcome instanceof Rescheduling.Refused refused) {
            return switch (refused.reason()) {
                case PUBLISHED -> Messages.Calendar_refusedPublished;
                case PUBLISHING -> Messages.Calendar_refusedPublishing;
            };
        }
        Rescheduling.Moved moved = (Rescheduling.Moved) outcome;
        String done = NLS.bind(Messages.Calendar_moved, Labels.dateTime().format(moved.at()), Labels.of(moved.status()));
        if (moved.warnings().isEmpty()) {
            return done;
        }
        return done + ' ' + moved.warnings().stream().map(ScheduleTexts::of).collect(Collectors.joining(" ")); //$NON-NLS-1$
    }

    /**
     * What a move means for a post handed over to a network's own scheduler (empty when none is): the
     * hand-over service passes the new time on, or takes the post back when the network cannot take it.
     */
    public static String handedOver(org.pregon.model.Post post, java.util.function.Function<String, String> networkOfAccount) {
        String networks = post.getVariants().stream().filter(v -> v.getHandedOverFor() != null)
                .map(v -> networkOfAccount.apply(v.getAccountId())).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        return networks.isEmpty() ? "" : ' ' + NLS.bind(Messages.Calendar_handedOver, networks); //$NON-NLS-1$
    }

    public static String of(ScheduleWarning warning) {
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault());
        if (warning instanceof ScheduleWarning.DaylightSavingGap gap) {
            return NLS.bind(Messages.Calendar_dstGap, local.format(gap.requested()), local.format(gap.becomes()));
        }
        if (warning instanceof ScheduleWarning.DaylightSavingOverlap overlap) {
            return NLS.bind(Messages.Calendar_dstOverlap, local.format(overlap.time()), overlap.offset().getId());
        }
        if (warning instanceof ScheduleWarning.InThePast) {
            return Messages.Calendar_inThePast;
        }
        if (warning instanceof ScheduleWarning.TooSoonForNetwork soon) {
            return NLS.bind(Messages.Calendar_tooSoon, soon.network(), minutes(soon.minLead()));
        }
        ScheduleWarning.TooFarForNetwork far = (ScheduleWarning.TooFarForNetwork) warning;
        return NLS.bind(Messages.Calendar_tooFar, far.network(), months(far.maxLead()));
    }

    private static String minutes(Duration duration) {
        return Long.toString(duration.toMinutes());
    }

    private static String months(Period period) {
        return Long.toString(period.toTotalMonths());
    }
}
