package org.ariadne.referrals.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.ariadne.policy.PolicyProfile;

/**
 * Deadlines as the law counts them: the day of the event does not count, a period of n days ends
 * at the end of its n-th day, and working-day periods skip weekends and public holidays. An event
 * is placed on a day by converting its instant to the country's zone first — adding 24-hour blocks
 * to an instant would shift deadlines by an hour, and sometimes by a day, across a clock change.
 */
public record DeadlineCalculator(WorkingDayCalendar calendar, ZoneId zone) {

    public static DeadlineCalculator of(PolicyProfile policy, ZoneId zone) {
        return new DeadlineCalculator(WorkingDayCalendar.of(policy), zone);
    }

    /** The local day in this zone on which the instant falls. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalDate dayOf(ZonedDateTime time) {
        return time.withZoneSameInstant(zone).toLocalDate();
    }

    public Deadline calendarDays(LocalDate start, int days) {
        requireNotNegative(days);
        return new Deadline(start.plusDays(days), DayCount.CALENDAR_DAYS, zone);
    }

    public Deadline calendarDays(ZonedDateTime start, int days) {
        return calendarDays(dayOf(start), days);
    }

    public Deadline workingDays(LocalDate start, int days) {
        requireNotNegative(days);
        return new Deadline(calendar.plusWorkingDays(start, days), DayCount.WORKING_DAYS, zone);
    }

    public Deadline workingDays(ZonedDateTime start, int days) {
        return workingDays(dayOf(start), days);
    }

    /** Days left, in the deadline's own count, from the local day of {@code now} in the deadline's zone. */
    public long remaining(Deadline deadline, Instant now) {
        LocalDate today = now.atZone(deadline.zone()).toLocalDate();
        return deadline.count() == DayCount.CALENDAR_DAYS
                ? ChronoUnit.DAYS.between(today, deadline.lastDay())
                : calendar.workingDaysBetween(today, deadline.lastDay());
    }

    /**
     * ON_TRACK, AT_RISK when no more than {@code atRiskDays} remain, OVERDUE once the last day has
     * ended.
     */
    public DeadlineStatus status(Deadline deadline, Instant now, int atRiskDays) {
        return countdown(deadline, now, atRiskDays).status();
    }

    public Countdown countdown(Deadline deadline, Instant now, int atRiskDays) {
        if (atRiskDays < 0) {
            throw new IllegalArgumentException("at-risk threshold must not be negative");
        }
        long remaining = remaining(deadline, now);
        DeadlineStatus status = deadline.isPassedAt(now) ? DeadlineStatus.OVERDUE
                : remaining <= atRiskDays ? DeadlineStatus.AT_RISK : DeadlineStatus.ON_TRACK;
        return new Countdown(deadline, remaining, status);
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }
}
