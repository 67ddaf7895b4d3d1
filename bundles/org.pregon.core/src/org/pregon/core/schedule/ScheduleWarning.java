package org.pregon.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Something the user should know about a new time, which does not stop the move: the user may
 * still mean it (a post due in the past goes out at once; another network may do).
 * The UI turns each into a sentence in the user's language.
 */
public sealed interface ScheduleWarning {

    /** The local time does not exist (clocks jump forward), so the post goes out at {@code becomes}. */
    record DaylightSavingGap(LocalDateTime requested, LocalDateTime becomes) implements ScheduleWarning {
    }

    /** The local time happens twice (clocks go back); the earlier one, at {@code offset}, is used. */
    record DaylightSavingOverlap(LocalDateTime time, ZoneOffset offset) implements ScheduleWarning {
    }

    record InThePast(Instant at) implements ScheduleWarning {
    }

    /** Sooner than the network's native scheduling accepts. */
    record TooSoonForNetwork(String network, Duration minLead) implements ScheduleWarning {
    }

    /** Further ahead than the network's native scheduling accepts. */
    record TooFarForNetwork(String network, Period maxLead) implements ScheduleWarning {
    }
}
