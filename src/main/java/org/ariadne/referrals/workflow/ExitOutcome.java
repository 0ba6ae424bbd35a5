package org.ariadne.referrals.workflow;

/** Where support leads (OSCE NRM pillar 3; CoE Convention Art. 16 for returns). */
public enum ExitOutcome {
    SOCIAL_INCLUSION,
    VOLUNTARY_RETURN,
    RESETTLEMENT;

    /** Return and resettlement move the person across a border; a child's best interests must be determined first. */
    public boolean leavesTheCountry() {
        return this != SOCIAL_INCLUSION;
    }

    public String messageKey() {
        return "nrm.outcome." + name();
    }
}
