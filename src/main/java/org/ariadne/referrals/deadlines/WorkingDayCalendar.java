package org.ariadne.referrals.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ariadne.policy.PolicyProfile;

/** Working days of a country: every day except the weekend and the public holidays of its policy profile. */
public record WorkingDayCalendar(Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays) {

    public WorkingDayCalendar {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("a week needs at least one working day");
        }
        weekend = Collections.unmodifiableSet(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    public static WorkingDayCalendar of(PolicyProfile policy) {
        return new WorkingDayCalendar(policy.clocks().weekend(), policy.publicHolidays());
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The n-th working day after the given day, which itself does not count; n = 0 gives the day itself. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate candidate = day;
        for (int counted = 0; counted < n; ) {
            candidate = candidate.plusDays(1);
            if (isWorkingDay(candidate)) {
                counted++;
            }
        }
        return candidate;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative, counted the same
     * way backwards, when {@code to} is earlier.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
