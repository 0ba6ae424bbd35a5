package org.ariadne.referrals.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A request to take one step.
 *
 * @param at             when the step happened; it is placed on a day in the country's time zone
 * @param reason         why, in the performer's words; required for every step
 * @param legalBasis     the provision relied on; the step's default when absent
 * @param legalReference a citation of national law, or empty
 */
public record WorkflowCommand(Transition transition, Performer by, Instant at, String reason,
                              @Nullable LegalBasis legalBasis, String legalReference, CommandDetails details) {

    public static WorkflowCommand of(Transition transition, Performer by, Instant at, String reason) {
        return new WorkflowCommand(transition, by, at, reason, null, "", CommandDetails.NONE);
    }

    public WorkflowCommand with(CommandDetails newDetails) {
        return new WorkflowCommand(transition, by, at, reason, legalBasis, legalReference, newDetails);
    }

    public WorkflowCommand citing(LegalBasis basis, String reference) {
        return new WorkflowCommand(transition, by, at, reason, basis, reference, details);
    }

    public LegalBasis effectiveLegalBasis() {
        return legalBasis != null ? legalBasis : transition.defaultLegalBasis(details);
    }
}
