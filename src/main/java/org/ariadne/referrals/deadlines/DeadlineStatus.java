package org.ariadne.referrals.deadlines;

/** The mark a deadline carries in the decision queue. */
public enum DeadlineStatus {
    ON_TRACK,
    /** Still open, but no more than the at-risk threshold of days remain. */
    AT_RISK,
    /** The end of the last day has passed. */
    OVERDUE;

    public String messageKey() {
        return "nrm.deadline-status." + name();
    }
}
