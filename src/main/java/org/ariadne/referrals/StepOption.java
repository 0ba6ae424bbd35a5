package org.ariadne.referrals;

import org.ariadne.common.Message;
import org.ariadne.referrals.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A step the caller's role could take at the case's stage, and whether the rules allow it now.
 *
 * @param refusal the rule that stands in the way (national policy, consent, a clock), or null
 */
public record StepOption(Transition transition, @Nullable Message refusal) {

    public boolean allowed() {
        return refusal == null;
    }
}
