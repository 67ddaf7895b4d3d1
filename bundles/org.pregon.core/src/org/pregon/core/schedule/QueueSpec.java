package org.pregon.core.schedule;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.pregon.model.PregonFactory;
import org.pregon.model.QueueSlot;

/**
 * The text form of an account's queue, as people say it: "weekdays 9:30, 13:00; sat 11:00",
 * "mon,wed,fri 10:00", "lun-vie 9:30 y 13:00", "dl, dc 10.00". Groups are separated by ";" or new
 * lines; each is days then times. Day names are accepted in English, Spanish and Valencian so each
 * user can type in their language; {@link #format} writes the short English form, which reads the
 * same in every language's dialog and parses back to the same slots.
 */
public final class QueueSpec {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?h?"); //$NON-NLS-1$
    private static final Pattern RANGE = Pattern.compile("([\\p{L}]+)-([\\p{L}]+)"); //$NON-NLS-1$
    /** Words joining times ("9:30 and 13:00", "y", "i") or introducing them ("at", "a las", "a les"). */
    private static final Set<String> FILLERS = Set.of("and", "y", "i", "e", "at", "a", "las", "les", "on"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    /** Several-word day groups, made one word before splitting. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();
    private static final Map<String, Set<DayOfWeek>> DAYS = new LinkedHashMap<>();
    private static final String[] SHORT = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    static {
        PHRASES.put("fines de semana", "weekends"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("fin de semana", "weekends"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("caps de setmana", "weekends"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("cap de setmana", "weekends"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("dias laborables", "weekdays"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("dies feiners", "weekdays"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("dies laborables", "weekdays"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("every day", "daily"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("todos los dias", "daily"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("cada dia", "daily"); //$NON-NLS-1$ //$NON-NLS-2$
        PHRASES.put("tots els dies", "daily"); //$NON-NLS-1$ //$NON-NLS-2$
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        Set<DayOfWeek> weekends = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (String word : new String[] { "weekdays", "weekday", "laborables", "laborable", "feiners", "feiner" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            DAYS.put(word, weekdays);
        }
        for (String word : new String[] { "weekends", "weekend", "finde" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            DAYS.put(word, weekends);
        }
        for (String word : new String[] { "daily", "diario", "diari", "diaris", "diarios" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            DAYS.put(word, EnumSet.allOf(DayOfWeek.class));
        }
        day(DayOfWeek.MONDAY, "mon", "monday", "mondays", "lun", "lunes", "dl", "dilluns"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        day(DayOfWeek.TUESDAY, "tue", "tues", "tuesday", "tuesdays", "mar", "martes", "dt", "dimarts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        day(DayOfWeek.WEDNESDAY, "wed", "wednesday", "wednesdays", "mie", "miercoles", "dc", "dimecres"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        day(DayOfWeek.THURSDAY, "thu", "thur", "thurs", "thursday", "thursdays", "jue", "jueves", "dj", "dijous"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        day(DayOfWeek.FRIDAY, "fri", "friday", "fridays", "vie", "viernes", "dv", "divendres"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        day(DayOfWeek.SATURDAY, "sat", "saturday", "saturdays", "sab", "sabado", "sabados", "ds", "dissabte"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        day(DayOfWeek.SUNDAY, "sun", "sunday", "sundays", "dom", "domingo", "domingos", "dg", "diumenge"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    private static void day(DayOfWeek day, String... words) {
        for (String word : words) {
            DAYS.put(word, EnumSet.of(day));
        }
    }

    private QueueSpec() {
    }

    /** The slots a spec describes: one per time of each group, carrying the group's days. */
    public static List<QueueSlot> parse(String spec) throws QueueSpecException {
        List<QueueSlot> slots = new ArrayList<>();
        for (String group : (spec == null ? "" : spec).split("[;\\n]")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!group.isBlank()) {
                slots.addAll(parseGroup(group.trim()));
            }
        }
        if (slots.isEmpty()) {
            throw new QueueSpecException(QueueMessages.Spec_empty);
        }
        return slots;
    }

    private static List<QueueSlot> parseGroup(String group) throws QueueSpecException {
        String normalized = plain(group);
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            normalized = normalized.replace(phrase.getKey(), phrase.getValue());
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Set<LocalTime> times = new TreeSet<>();
        for (String word : normalized.split("[\\s,]+")) { //$NON-NLS-1$
            if (word.isEmpty() || FILLERS.contains(word)) {
                continue;
            }
            if (Character.isDigit(word.charAt(0))) {
                times.add(time(word));
            } else {
                days.addAll(days(word, group));
            }
        }
        if (days.isEmpty()) {
            throw new QueueSpecException(NLS.bind(QueueMessages.Spec_noDays, group));
        }
        if (times.isEmpty()) {
            throw new QueueSpecException(NLS.bind(QueueMessages.Spec_noTimes, group));
        }
        List<QueueSlot> slots = new ArrayList<>();
        for (LocalTime time : times) {
            QueueSlot slot = PregonFactory.eINSTANCE.createQueueSlot();
            days.forEach(d -> slot.getDaysOfWeek().add(d.getValue()));
            slot.setTime(time.toString()); // HH:mm
            slots.add(slot);
        }
        return slots;
    }

    private static Set<DayOfWeek> days(String word, String group) throws QueueSpecException {
        Set<DayOfWeek> named = DAYS.get(word);
        if (named != null) {
            return named;
        }
        Matcher range = RANGE.matcher(word);
        if (range.matches()) {
            Set<DayOfWeek> from = DAYS.get(range.group(1));
            Set<DayOfWeek> to = DAYS.get(range.group(2));
            if (from == null || to == null || from.size() != 1 || to.size() != 1) {
                throw new QueueSpecException(NLS.bind(QueueMessages.Spec_badRange, word));
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            // a range may wrap over the weekend: "fri-mon"
            for (DayOfWeek d = from.iterator().next();; d = d.plus(1)) {
                days.add(d);
                if (d == to.iterator().next()) {
                    return days;
                }
            }
        }
        throw new QueueSpecException(NLS.bind(QueueMessages.Spec_unknownWord, word, group));
    }

    private static LocalTime time(String word) throws QueueSpecException {
        Matcher m = TIME.matcher(word);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new QueueSpecException(NLS.bind(QueueMessages.Spec_badTime, word));
    }

    /** Lower case without accents, so "Miércoles", "miercoles" and "MIE" are the same word. */
    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('\u00B7', '.'); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The slots as a spec that parses back to the same slots: times of the same days joined in one
     * group, groups in the order their days first appear ("weekdays 09:30, 13:00; sat 11:00").
     */
    public static String format(List<QueueSlot> slots) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (QueueSlot slot : slots) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            slot.getDaysOfWeek().forEach(d -> days.add(DayOfWeek.of(d)));
            groups.computeIfAbsent(daysText(days), k -> new TreeSet<>()).add(slot.getTime());
        }
        return groups.entrySet().stream().map(g -> g.getKey() + ' ' + String.join(", ", g.getValue())) //$NON-NLS-1$
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
    }

    private static String daysText(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "daily"; //$NON-NLS-1$
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "weekdays"; //$NON-NLS-1$
        }
        if (days.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            return "weekends"; //$NON-NLS-1$
        }
        return days.stream().map(d -> SHORT[d.getValue() - 1]).collect(Collectors.joining(",")); //$NON-NLS-1$
    }
}
