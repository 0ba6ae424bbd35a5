package org.ariadne.referrals.workflow;

/** Where a case stands on the identification path. Assistance and criminal justice are tracked alongside. */
public enum CaseStage {
    /** A first responder recorded a presumed victim; an adult has not consented to referral yet. */
    DETECTED,
    /** An adult did not consent: a notification without identity, for statistics only. */
    ANONYMOUS_NOTIFICATION,
    /** An adult gave informed consent to be referred. */
    CONSENTED,
    /** Referred to the competent authority; the reasonable-grounds decision is pending. */
    REFERRED,
    /** Positive reasonable-grounds decision: recovery period and assistance run, the conclusive decision is pending. */
    RECOVERY_PERIOD,
    NEGATIVE_REASONABLE_GROUNDS,
    IDENTIFIED_VICTIM,
    NOT_A_VICTIM,
    /** A negative decision is being reconsidered. */
    RECONSIDERATION,
    /** Social inclusion, voluntary return or resettlement chosen; support continues until closure. */
    OUTCOME_RECORDED,
    CLOSED;

    public String messageKey() {
        return "nrm.stage." + name();
    }
}
