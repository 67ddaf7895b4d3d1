package org.pregon.core.schedule;

import java.time.Instant;
import java.util.List;

import org.pregon.model.PostStatus;

/** What moving a post to a new time results in: refused, or the new instant and status with warnings. */
public sealed interface Rescheduling {

    /** Why a post cannot be moved. */
    enum Reason {
        /** It went out: the network shows it at the time it was published, and the calendar records that time. */
        PUBLISHED,
        /** The publisher is handing it over right now; moving it would race the publication. */
        PUBLISHING
    }

    record Refused(Reason reason) implements Rescheduling {
    }

    record Moved(Instant at, PostStatus status, List<ScheduleWarning> warnings) implements Rescheduling {
        public Moved {
            warnings = List.copyOf(warnings);
        }
    }
}
