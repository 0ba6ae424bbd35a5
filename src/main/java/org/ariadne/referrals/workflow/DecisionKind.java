package org.ariadne.referrals.workflow;

import org.ariadne.policy.NrmFunction;

/** The two formal identification decisions. */
public enum DecisionKind {
    REASONABLE_GROUNDS(NrmFunction.DECIDE_REASONABLE_GROUNDS),
    CONCLUSIVE(NrmFunction.DECIDE_CONCLUSIVE);

    private final NrmFunction function;

    DecisionKind(NrmFunction function) {
        this.function = function;
    }

    /** The function needed to take, and to reconsider, this decision. */
    public NrmFunction function() {
        return function;
    }

    public String messageKey() {
        return "nrm.decision-kind." + name();
    }
}
