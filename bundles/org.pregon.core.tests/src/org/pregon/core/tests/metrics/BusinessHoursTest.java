package org.pregon.core.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pregon.core.metrics.BusinessHours;

public class BusinessHoursTest {

    @Test
    public void readsTheSpecAndWritesItBackCanonically() {
        BusinessHours hours = BusinessHours.parse(
                "  MON-thu 08:00-15:00 ;fri 08:00-14:00, 16:00-18:00; holidays 2026-12-25, 2026-12-08; zone Europe/Madrid");
        assertEquals(ZoneId.of("Europe/Madrid"), hours.zone());
        assertEquals(Set.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 25)), hours.holidays());
        assertEquals("mon-thu 08:00-15:00; fri 08:00-14:00,16:00-18:00; holidays 2026-12-08,2026-12-25; zone Europe/Madrid",
                hours.spec());
        assertEquals(hours, BusinessHours.parse(hours.spec()));
        assertEquals("sat-sun 00:00-24:00; zone UTC", BusinessHours.parse("sat,sun 00:00-24:00; zone UTC").spec());
        assertEquals(BusinessHours.parse("mon,fri-sun 10:00-11:00; zone UTC"), BusinessHours.parse("fri-mon 10:00-11:00; zone UTC"));
    }

    @Test
    public void badSpecsSayWhatIsWrong() {
        assertMessage("", "empty");
        assertMessage("mon-fri 08:00-15:00", "time zone");
        assertMessage("zone Europe/Madrid", "no working days");
        assertMessage("mon-fri 08:00-15:00; zone Europe/Madird", "Unknown time zone \"Europe/Madird\"");
        assertMessage("monday 08:00-15:00; zone UTC", "Unknown day \"monday\"");
        assertMessage("mon-fri 8-15; zone UTC", "\"8-15\" is not a range of hours");
        assertMessage("mon-fri 08:00-25:00; zone UTC", "\"08:00-25:00\" is not a range of hours");
        assertMessage("mon-fri 15:00-08:00; zone UTC", "end before they start");
        assertMessage("mon-fri; zone UTC", "no hours");
        assertMessage("mon-fri 08:00-15:00; fri 14:00-16:00; zone UTC", "The hours on fri overlap (08:00-15:00, 14:00-16:00)");
        assertMessage("mon-fri 08:00-15:00; holidays 2026-13-01; zone UTC", "\"2026-13-01\" is not a holiday date");
    }

    private static void assertMessage(String spec, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse(spec));
        assertTrue(e.getMessage().contains(expected), () -> e.getMessage() + " should say " + expected);
    }
}
