package org.ariadne.referrals.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The recovery and reflection period that a positive reasonable-grounds decision opens. It counts
 * calendar days from the day after the decision and covers the person from the decision itself.
 * Extensions add days to its end; an early end makes the day it is decided the last day, so the
 * person is never left without protection for part of a day.
 *
 * @param start the day of the positive decision
 * @param days  the length granted at the start, from the policy in force then
 */
public record RecoveryPeriod(LocalDate start, int days, List<Extension> extensions, @Nullable EarlyEnd earlyEnd) {

    /** Days added on a given day. */
    public record Extension(LocalDate decidedOn, int days) {
    }

    /** The period's last day was brought forward to {@code on}. */
    public record EarlyEnd(LocalDate on, EarlyEndReason reason) {
    }

    public RecoveryPeriod {
        if (days < 1) {
            throw new IllegalArgumentException("a recovery period lasts at least one day");
        }
        extensions = List.copyOf(extensions);
    }

    public static RecoveryPeriod starting(LocalDate decisionDay, int days) {
        return new RecoveryPeriod(decisionDay, days, List.of(), null);
    }

    /** The last day as granted and extended, ignoring an early end. */
    public LocalDate scheduledLastDay() {
        return start.plusDays(days + extensions.stream().mapToLong(Extension::days).sum());
    }

    public LocalDate lastDay() {
        return earlyEnd != null ? earlyEnd.on() : scheduledLastDay();
    }

    public boolean endedEarly() {
        return earlyEnd != null;
    }

    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(lastDay());
    }

    /** Whether the period is over on the given day: the day after its last day, or later. */
    public boolean isOverOn(LocalDate day) {
        return day.isAfter(lastDay());
    }

    public RecoveryPeriod extendedBy(int moreDays, LocalDate decidedOn) {
        if (moreDays < 1) {
            throw new IllegalArgumentException("an extension adds at least one day");
        }
        requireRunning(decidedOn);
        List<Extension> all = new ArrayList<>(extensions);
        all.add(new Extension(decidedOn, moreDays));
        return new RecoveryPeriod(start, days, all, null);
    }

    public RecoveryPeriod endedEarlyOn(LocalDate day, EarlyEndReason reason) {
        requireRunning(day);
        return new RecoveryPeriod(start, days, extensions, new EarlyEnd(day, reason));
    }

    public Deadline deadline(ZoneId zone) {
        return new Deadline(lastDay(), DayCount.CALENDAR_DAYS, zone);
    }

    /** Calendar days from today (in the zone) to the last day: 0 on the last day, never negative. */
    public long daysRemaining(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(today, lastDay()));
    }

    private void requireRunning(LocalDate day) {
        if (endedEarly() || !isRunningOn(day)) {
            throw new IllegalStateException("the recovery period is not running on that day");
        }
    }
}
