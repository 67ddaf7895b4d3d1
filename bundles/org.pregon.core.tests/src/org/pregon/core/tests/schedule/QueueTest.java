package org.pregon.core.tests.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pregon.core.schedule.Queue;
import org.pregon.core.schedule.QueueChoice;
import org.pregon.core.schedule.QueueSpec;
import org.pregon.core.schedule.QueueSpecException;
import org.pregon.core.schedule.ScheduleWarning;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;
import org.pregon.model.QueueSlot;

/** Queue specs as people write them, and the next free slot in Madrid across clock changes. */
public class QueueTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private final Queue queue = new Queue(MADRID);

    @Test
    public void weekdaysWithTwoTimesAreTwoSlotsMondayToFriday() throws Exception {
        List<QueueSlot> slots = QueueSpec.parse("weekdays 9:30 and 13:00");
        assertEquals(2, slots.size());
        assertEquals(List.of(1, 2, 3, 4, 5), slots.get(0).getDaysOfWeek());
        assertEquals("09:30", slots.get(0).getTime());
        assertEquals("13:00", slots.get(1).getTime());
        assertEquals("weekdays 09:30, 13:00", QueueSpec.format(slots));
    }

    @Test
    public void dayListsRangesAndSpanishAndValencianNamesParseToTheSameDays() throws Exception {
        assertEquals("mon,wed,fri 10:00", QueueSpec.format(QueueSpec.parse("mon,wed,fri 10:00")));
        assertEquals("mon,wed,fri 10:00", QueueSpec.format(QueueSpec.parse("Lunes, Miércoles y viernes a las 10:00")));
        assertEquals("mon,wed,fri 10:00", QueueSpec.format(QueueSpec.parse("dl, dc i dv 10.00")));
        assertEquals("weekdays 09:30; weekends 11:00", QueueSpec.format(QueueSpec.parse("lun-vie 9:30; fin de semana 11:00")));
        assertEquals("mon,fri,sat,sun 08:00", QueueSpec.format(QueueSpec.parse("fri-mon 8")));
        assertEquals("daily 20:15", QueueSpec.format(QueueSpec.parse("cada dia 20:15")));
    }

    @Test
    public void aFormattedSpecParsesBackToTheSameSlots() throws Exception {
        String spec = "weekdays 09:30, 13:00; sat 11:00";
        assertEquals(spec, QueueSpec.format(QueueSpec.parse(QueueSpec.format(QueueSpec.parse(spec)))));
    }

    @Test
    public void badSpecsSayWhichWordIsWrong() {
        QueueSpecException unknown = assertThrows(QueueSpecException.class, () -> QueueSpec.parse("weekdays 9:30, lunch"));
        assertTrue(unknown.getMessage().contains("\u201Clunch\u201D"), unknown.getMessage());
        QueueSpecException hour = assertThrows(QueueSpecException.class, () -> QueueSpec.parse("mon 25:00"));
        assertTrue(hour.getMessage().contains("25:00"), hour.getMessage());
        QueueSpecException minutes = assertThrows(QueueSpecException.class, () -> QueueSpec.parse("mon 9:75"));
        assertTrue(minutes.getMessage().contains("9:75"), minutes.getMessage());
        QueueSpecException noDays = assertThrows(QueueSpecException.class, () -> QueueSpec.parse("9:30"));
        assertTrue(noDays.getMessage().contains("no days"), noDays.getMessage());
        QueueSpecException noTimes = assertThrows(QueueSpecException.class, () -> QueueSpec.parse("weekdays"));
        assertTrue(noTimes.getMessage().contains("no time"), noTimes.getMessage());
        QueueSpecException range = assertThrows(QueueSpecException.class, () -> QueueSpec.parse("mon-weekend 9:00"));
        assertTrue(range.getMessage().contains("mon-weekend"), range.getMessage());
        assertThrows(QueueSpecException.class, () -> QueueSpec.parse("  ;  "));
    }

    @Test
    public void theNextSlotIsTheFirstAfterNowInMadridTime() throws Exception {
        Account account = account("a", "weekdays 9:30, 13:00");
        // Friday 2026-03-06 12:00 in Madrid (CET, UTC+1)
        Instant now = LocalDateTime.parse("2026-03-06T12:00").atZone(MADRID).toInstant();
        assertEquals(at("2026-03-06T13:00"), queue.nextFree(account, now, Set.of()).orElseThrow().at());
        // 13:00 is taken, so Monday 9:30 (the weekend has no slots)
        assertEquals(at("2026-03-09T09:30"), queue.nextFree(account, now, Set.of(at("2026-03-06T13:00"))).orElseThrow().at());
        // a slot exactly at now is not "after now"
        assertEquals(at("2026-03-09T09:30"), queue.nextFree(account, at("2026-03-06T13:00"), Set.of()).orElseThrow().at());
    }

    @Test
    public void aSlotInTheSpringGapMovesForwardWithAWarningAndAutumnGivesItOnce() throws Exception {
        Account account = account("a", "sun 2:30, 12:00");
        Instant saturday = at("2026-03-28T12:00");
        QueueChoice gap = queue.nextFree(account, saturday, Set.of()).orElseThrow();
        // 29 March 2026: 02:00 → 03:00, so 02:30 is 03:30 CEST = 01:30 UTC
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), gap.at());
        assertEquals(List.of(new ScheduleWarning.DaylightSavingGap(LocalDateTime.parse("2026-03-29T02:30"),
                LocalDateTime.parse("2026-03-29T03:30"))), gap.warnings());
        assertEquals(at("2026-03-29T12:00"), queue.nextFree(account, gap.at(), Set.of()).orElseThrow().at());
        // 25 October 2026: 02:30 happens twice; the queue offers the first (CEST, 00:30 UTC) and not the second
        QueueChoice overlap = queue.nextFree(account, at("2026-10-24T12:00"), Set.of()).orElseThrow();
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), overlap.at());
        assertEquals(at("2026-10-25T12:00"), queue.nextFree(account, overlap.at(), Set.of()).orElseThrow().at());
    }

    @Test
    public void severalAccountsGetTheEarliestTimeFreeOnAllOfThem() throws Exception {
        Account fb = account("fb", "weekdays 9:30, 13:00");
        Account x = account("x", "mon,wed,fri 13:00; tue 9:30");
        Instant mondayMorning = at("2026-03-09T08:00");
        // Monday 9:30 is only Facebook's; 13:00 is both accounts'
        assertEquals(at("2026-03-09T13:00"), queue.nextShared(List.of(fb, x), mondayMorning, Map.of()).orElseThrow().at());
        // X already has a post on Monday 13:00: Tuesday 9:30 is the next shared time
        assertEquals(at("2026-03-10T09:30"), queue.nextShared(List.of(fb, x), mondayMorning,
                Map.of("x", Set.of(at("2026-03-09T13:00")))).orElseThrow().at());
        Account weekends = account("w", "weekends 10:00");
        assertTrue(queue.nextShared(List.of(fb, weekends), mondayMorning, Map.of()).isEmpty());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }

    static Account account(String id, String spec) throws QueueSpecException {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId(id);
        account.setNetworkKind("x");
        account.getQueueSlots().addAll(QueueSpec.parse(spec));
        return account;
    }
}
