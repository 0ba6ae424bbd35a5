package org.ariadne.referrals.workflow;

import org.ariadne.referrals.deadlines.EarlyEndReason;

/**
 * What a step needs beyond who, when and why. Identification and support steps take {@link
 * StepDetails}; criminal-justice updates are a separate branch that the step rules never receive.
 */
public sealed interface CommandDetails {

    /** Details the stage rules may read. */
    sealed interface StepDetails extends CommandDetails {
    }

    record None() implements StepDetails {
    }

    /** Opening a case: whether the person is (or is presumed to be) a child. */
    record Detection(boolean child) implements StepDetails {
    }

    /** Extra days for the recovery period. */
    record Extension(int days) implements StepDetails {
    }

    record EarlyEnd(EarlyEndReason reason) implements StepDetails {
    }

    record Exit(ExitOutcome outcome) implements StepDetails {
    }

    record Closing(CloseReason reason) implements StepDetails {
    }

    /** Replaces the criminal-justice facts of a case. */
    record JusticeUpdate(JusticeFacts facts) implements CommandDetails {
    }

    None NONE = new None();
}
