package org.ariadne.referrals.workflow;

/** Compensation from the offender or a State fund (CoE Convention Art. 15). */
public enum CompensationStatus {
    NONE,
    CLAIMED,
    AWARDED,
    PAID;

    public String messageKey() {
        return "nrm.compensation." + name();
    }
}
