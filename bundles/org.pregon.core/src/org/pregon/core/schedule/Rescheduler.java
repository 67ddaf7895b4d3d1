package org.pregon.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.pregon.core.schedule.Rescheduling.Moved;
import org.pregon.core.schedule.Rescheduling.Reason;
import org.pregon.core.schedule.Rescheduling.Refused;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;

/**
 * The rules for moving a post to another time in the calendar, apart from any UI so they can be
 * tested alone. Times are chosen in the users' zone and stored as instants.
 * <p>
 * Status after a move: a draft, approved, scheduled or failed post becomes SCHEDULED, because putting
 * it on a time is what scheduling means (and a failed one is retried at the new time). A post in
 * review stays IN_REVIEW and a cancelled one stays CANCELLED: moving it decides when, not whether.
 * Published and publishing posts are refused (see {@link Reason}).
 */
public final class Rescheduler {
    private final ZoneId zone;

    public Rescheduler(ZoneId zone) {
        this.zone = zone;
    }

    /** The post's current time moved to {@code day}, keeping its local time of day (month view drops). */
    public LocalDateTime sameTimeOn(Post post, LocalDate day) {
        Date at = post.getScheduledAt() != null ? post.getScheduledAt() : post.getPublishedAt();
        return at == null ? day.atTime(9, 0) : day.atTime(at.toInstant().atZone(zone).toLocalTime());
    }

    /**
     * Decides a move without changing the post.
     *
     * @param targets where each of the post's accounts publishes, by account id
     */
    public Rescheduling plan(Post post, LocalDateTime wanted, Instant now, Function<String, ScheduleTarget> targets) {
        Reason refusal = refusal(post);
        if (refusal != null) {
            return new Refused(refusal);
        }
        List<ScheduleWarning> warnings = new ArrayList<>();
        ZonedDateTime at = resolve(wanted, warnings);
        Instant instant = at.toInstant();
        if (instant.isBefore(now)) {
            warnings.add(new ScheduleWarning.InThePast(instant));
        } else {
            warnings.addAll(windowWarnings(post, instant, now, targets));
        }
        return new Moved(instant, statusAfterMove(post.getStatus()), warnings);
    }

    /** Applies a planned move: new time and status, variants that have not gone out follow the post. */
    public static void apply(Post post, Moved move, Instant now) {
        post.setScheduledAt(Date.from(move.at()));
        post.setStatus(move.status());
        post.setUpdatedAt(Date.from(now));
        for (PostVariant variant : post.getVariants()) {
            if (variant.getStatus() != PostStatus.PUBLISHED) {
                variant.setStatus(move.status());
                variant.setFailureReason(null);
            }
        }
    }

    private static Reason refusal(Post post) {
        if (post.getStatus() == PostStatus.PUBLISHED || post.getPublishedAt() != null
                || post.getVariants().stream().anyMatch(v -> v.getStatus() == PostStatus.PUBLISHED)) {
            return Reason.PUBLISHED;
        }
        if (post.getStatus() == PostStatus.PUBLISHING
                || post.getVariants().stream().anyMatch(v -> v.getStatus() == PostStatus.PUBLISHING)) {
            return Reason.PUBLISHING;
        }
        return null;
    }

    static PostStatus statusAfterMove(PostStatus status) {
        if (status == null) {
            return PostStatus.SCHEDULED;
        }
        return switch (status) {
            case IN_REVIEW, CANCELLED -> status;
            default -> PostStatus.SCHEDULED;
        };
    }

    /** The instant of a local time, saying when the clocks make it move (gap) or double (overlap). */
    private ZonedDateTime resolve(LocalDateTime wanted, List<ScheduleWarning> warnings) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(wanted);
        ZonedDateTime at = ZonedDateTime.of(wanted, zone);
        if (transition != null && transition.isGap()) {
            // java.time moves a time in the gap forward by the gap's length, as the wall clock does
            warnings.add(new ScheduleWarning.DaylightSavingGap(wanted, at.toLocalDateTime()));
        } else if (transition != null) {
            warnings.add(new ScheduleWarning.DaylightSavingOverlap(wanted, at.getOffset()));
        }
        return at;
    }

    private static List<ScheduleWarning> windowWarnings(Post post, Instant at, Instant now,
            Function<String, ScheduleTarget> targets) {
        Set<ScheduleWarning> warnings = new LinkedHashSet<>(); // two accounts on one network warn once
        for (PostVariant variant : post.getVariants()) {
            ScheduleTarget target = targets.apply(variant.getAccountId());
            if (target == null || target.nativeWindow() == null) {
                continue;
            }
            SchedulingWindow window = target.nativeWindow();
            if (window.isTooSoon(at, now)) {
                warnings.add(new ScheduleWarning.TooSoonForNetwork(target.network(), window.minLead()));
            } else if (window.isTooFar(at, now)) {
                warnings.add(new ScheduleWarning.TooFarForNetwork(target.network(), window.maxLead()));
            }
        }
        return List.copyOf(warnings);
    }
}
