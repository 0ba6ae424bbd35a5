package org.ariadne.referrals.workflow;

/** The legal clock a case is waiting on. */
public enum ClockKind {
    /** Target for the reasonable-grounds decision, in working days from the referral. */
    REASONABLE_GROUNDS_DECISION,
    /** End of the recovery and reflection period; the conclusive decision is due after it. */
    RECOVERY_PERIOD_END,
    /** Last day to request reconsideration of a negative decision. */
    RECONSIDERATION_WINDOW;

    /** How the clock's days are counted. */
    public org.ariadne.referrals.deadlines.DayCount dayCount() {
        return this == REASONABLE_GROUNDS_DECISION ? org.ariadne.referrals.deadlines.DayCount.WORKING_DAYS
                : org.ariadne.referrals.deadlines.DayCount.CALENDAR_DAYS;
    }

    public String messageKey() {
        return "nrm.clock." + name();
    }
}
