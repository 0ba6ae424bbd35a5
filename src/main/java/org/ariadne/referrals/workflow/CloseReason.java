package org.ariadne.referrals.workflow;

/** Why a case was closed. */
public enum CloseReason {
    /** The recorded outcome has been reached. */
    OUTCOME_ACHIEVED,
    /** A negative decision stands and the reconsideration window has passed. */
    NEGATIVE_DECISION_FINAL,
    /** Screening did not lead to a referral. */
    NOT_REFERRED,
    /** Set only by withdrawing consent, never chosen when closing. */
    CONSENT_WITHDRAWN,
    /** Handed over to another country's referral mechanism. */
    TRANSFERRED_ABROAD,
    LOST_CONTACT,
    DECEASED,
    DUPLICATE;

    public String messageKey() {
        return "nrm.close-reason." + name();
    }
}
