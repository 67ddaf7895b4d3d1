package org.pregon.core.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A queue time found for a post.
 *
 * @param at the instant the post goes out
 * @param warnings what the user should know about it (a slot moved by the spring clock change)
 */
public record QueueChoice(Instant at, List<ScheduleWarning> warnings) {
    public QueueChoice {
        warnings = List.copyOf(warnings);
    }
}
