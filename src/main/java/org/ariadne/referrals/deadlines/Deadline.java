package org.ariadne.referrals.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A legal deadline: a last day in a time zone. It ends at the first instant of the following day
 * in that zone, which is what keeps it right on 23- and 25-hour days.
 *
 * @param lastDay the last day on which the step is still in time
 * @param count   the day count used for "days remaining"
 */
public record Deadline(LocalDate lastDay, DayCount count, ZoneId zone) {

    /** The instant the deadline passes: midnight (or the first valid time) at the start of the next day. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isPassedAt(Instant now) {
        return !now.isBefore(endsAt());
    }

    /** Whether a step taken on this local day is in time. */
    public boolean isMetOn(LocalDate day) {
        return !day.isAfter(lastDay);
    }
}
