package org.pregon.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.pregon.model.Account;
import org.pregon.model.QueueSlot;

/**
 * The times an account's queue offers, in the workspace's zone, and the next free one.
 * <p>
 * Clock changes: a slot whose local time does not exist (02:30 on the last Sunday of March in
 * Madrid) is shifted forward by the gap, as the wall clock does and as the calendar does when a post
 * is dropped there, and carries a {@link ScheduleWarning.DaylightSavingGap}; a slot in the autumn
 * overlap takes the earlier of its two instants, once, so it is never offered twice.
 * <p>
 * Several accounts: a post has one time ({@code Post.scheduledAt}; its variants have none of their
 * own), so "add to queue" needs a time that is a free slot of every account of the post, the
 * earliest such. Choosing each account's own earliest slot would need one post per account.
 */
public final class Queue {
    /** How far ahead to look: a queue full for a year is a queue to rethink, not to search further. */
    public static final int HORIZON_DAYS = 366;

    private final ZoneId zone;

    public Queue(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The slot instants of one account from {@code from} (exclusive) to {@code to} (exclusive), in order. */
    public List<QueueChoice> slots(Collection<QueueSlot> slots, Instant from, Instant to) {
        List<QueueChoice> found = new ArrayList<>();
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (QueueChoice choice : slotsOn(slots, day).values()) {
                if (choice.at().isAfter(from) && choice.at().isBefore(to)) {
                    found.add(choice);
                }
            }
        }
        return found;
    }

    /** The account's next slot after {@code after} that is not in {@code taken}, within {@link #HORIZON_DAYS}. */
    public Optional<QueueChoice> nextFree(Account account, Instant after, Set<Instant> taken) {
        return nextShared(List.of(account), after, Map.of(account.getId(), taken));
    }

    /**
     * The earliest instant after {@code after} that is a slot of every account and taken on none.
     * Empty when an account has no queue or the accounts share no free time within the horizon.
     */
    public Optional<QueueChoice> nextShared(List<Account> accounts, Instant after, Map<String, Set<Instant>> taken) {
        if (accounts.isEmpty() || accounts.stream().anyMatch(a -> a.getQueueSlots().isEmpty())) {
            return Optional.empty();
        }
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
            TreeMap<Instant, QueueChoice> candidates = slotsOn(accounts.get(0).getQueueSlots(), day);
            for (QueueChoice candidate : candidates.values()) {
                if (candidate.at().isAfter(after) && freeEverywhere(accounts, day, candidate.at(), taken)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private boolean freeEverywhere(List<Account> accounts, LocalDate day, Instant at, Map<String, Set<Instant>> taken) {
        for (Account account : accounts) {
            if (!slotsOn(account.getQueueSlots(), day).containsKey(at)
                    || taken.getOrDefault(account.getId(), Set.of()).contains(at)) {
                return false;
            }
        }
        return true;
    }

    /** The slots falling on one local day, by instant (two slots landing on one instant count once). */
    private TreeMap<Instant, QueueChoice> slotsOn(Collection<QueueSlot> slots, LocalDate day) {
        TreeMap<Instant, QueueChoice> found = new TreeMap<>();
        DayOfWeek weekday = day.getDayOfWeek();
        for (QueueSlot slot : slots) {
            if (slot.getTime() == null || !slot.getDaysOfWeek().contains(weekday.getValue())) {
                continue;
            }
            LocalDateTime local = day.atTime(LocalTime.parse(slot.getTime()));
            ZonedDateTime at = ZonedDateTime.of(local, zone); // a gap moves forward, an overlap takes the earlier
            ZoneOffsetTransition transition = zone.getRules().getTransition(local);
            List<ScheduleWarning> warnings = transition != null && transition.isGap()
                    ? List.of(new ScheduleWarning.DaylightSavingGap(local, at.toLocalDateTime()))
                    : List.of();
            found.putIfAbsent(at.toInstant(), new QueueChoice(at.toInstant(), warnings));
        }
        return found;
    }
}
