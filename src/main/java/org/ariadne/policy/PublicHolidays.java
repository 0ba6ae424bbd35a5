package org.ariadne.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Public holidays as administrators supply them: typed, pasted as ISO dates, or read from a CSV or
 * iCalendar (.ics) export, and checked before a policy version is saved. Reading is lenient (it takes
 * every date it recognises and names the lines it could not read); checking is strict.
 */
public final class PublicHolidays {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    /** What the stored column holds (ISO dates and separators in 4,000 characters): decades of holidays. */
    public static final int MAX_DATES = 360;

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern ICS_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T[0-9Z]*)?");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private PublicHolidays() {
    }

    /**
     * What a reading found.
     *
     * @param dates       every date recognised, within {@link #FIRST} and {@link #LAST}
     * @param unreadLines 1-based numbers of the lines that look like data but gave no acceptable date
     */
    public record Reading(SortedSet<LocalDate> dates, List<Integer> unreadLines) {

        public Reading {
            dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
            unreadLines = List.copyOf(unreadLines);
        }
    }

    /**
     * Reads dates from text. An iCalendar file contributes the start day of each event (recurrence
     * rules are not expanded and are reported as unread); any other text contributes every ISO date
     * (2027-01-01) on each line, so a pasted list, a CSV export or a line with a holiday's name
     * after its date all work. Lines without any digit (headers, names) are skipped silently.
     */
    public static Reading read(String text) {
        String[] lines = text.split("\\R", -1);
        boolean calendar = text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR");
        TreeSet<LocalDate> dates = new TreeSet<>();
        List<Integer> unread = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean ok = calendar ? readCalendarLine(line, dates) : readPlainLine(line, dates);
            if (!ok) {
                unread.add(i + 1);
            }
        }
        return new Reading(dates, unread);
    }

    /** The dates as a version may hold them; throws {@link InvalidInputException} on field {@code publicHolidays}. */
    public static SortedSet<LocalDate> checked(@Nullable Collection<LocalDate> holidays) {
        if (holidays == null || holidays.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("publicHolidays", "common.error.required");
        }
        TreeSet<LocalDate> dates = new TreeSet<>(holidays);
        for (LocalDate day : dates) {
            if (!accepts(day)) {
                throw new InvalidInputException("publicHolidays", "policy.holidays.error.range", day.toString(),
                        FIRST.toString(), LAST.toString());
            }
        }
        if (dates.size() > MAX_DATES) {
            throw new InvalidInputException("publicHolidays", "policy.holidays.error.too-many", MAX_DATES);
        }
        return Collections.unmodifiableSortedSet(dates);
    }

    public static boolean accepts(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    private static boolean readPlainLine(String line, TreeSet<LocalDate> dates) {
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        Matcher m = ISO_DATE.matcher(line);
        boolean found = false;
        boolean allGood = true;
        while (m.find()) {
            found = true;
            allGood &= add(m.group(1), m.group(2), m.group(3), dates);
        }
        return found ? allGood : !DIGIT.matcher(line).find();
    }

    private static boolean readCalendarLine(String line, TreeSet<LocalDate> dates) {
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("RRULE") || upper.startsWith("RDATE")) {
            return false;
        }
        if (!upper.startsWith("DTSTART")) {
            return true;
        }
        int colon = line.lastIndexOf(':');
        Matcher m = ICS_DATE.matcher(colon < 0 ? "" : line.substring(colon + 1).strip());
        return m.matches() && add(m.group(1), m.group(2), m.group(3), dates);
    }

    private static boolean add(String year, String month, String day, TreeSet<LocalDate> dates) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (!accepts(date)) {
                return false;
            }
            dates.add(date);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
