package org.ariadne.referrals.deadlines;

/** The only grounds on which the recovery period may end early (CoE Convention Art. 13(3)). */
public enum EarlyEndReason {
    PUBLIC_ORDER,
    VICTIM_STATUS_IMPROPERLY_CLAIMED;

    public String messageKey() {
        return "nrm.early-end-reason." + name();
    }
}
