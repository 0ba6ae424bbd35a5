package org.ariadne.referrals.deadlines;

/** How a deadline counts its days. */
public enum DayCount {
    CALENDAR_DAYS,
    WORKING_DAYS
}
