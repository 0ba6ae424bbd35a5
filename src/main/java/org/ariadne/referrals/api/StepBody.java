package org.ariadne.referrals.api;

import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.StepRequest;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.ExitOutcome;
import org.ariadne.referrals.workflow.LegalBasis;
import org.ariadne.referrals.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A step as API clients send it: the details a step needs as plain optional fields, and the
 * deciding organisation by its code.
 *
 * @param authority       organisation code, for a referral to the competent authority
 * @param extensionDays   for an extension of the recovery period
 * @param earlyEndReason  for ending the recovery period early
 * @param outcome         for recording the outcome
 * @param closeReason     for closing the case
 */
record StepBody(Transition transition, String reason, @Nullable LegalBasis legalBasis, @Nullable String legalReference,
                long expectedVersion, @Nullable String authority, @Nullable Integer extensionDays,
                @Nullable EarlyEndReason earlyEndReason, @Nullable ExitOutcome outcome,
                @Nullable CloseReason closeReason) {

    StepRequest toRequest(OrganisationService organisations) {
        if (transition == null) {
            throw new InvalidInputException("transition", "common.error.required");
        }
        var decider = authority == null || authority.isBlank() ? null : organisations.findByCode(authority)
                .map(Organisation::id).orElseThrow(() -> new InvalidInputException("authority",
                        "nrm.refused.authority-required"));
        return new StepRequest(transition, reason, legalBasis, legalReference, details(), expectedVersion, decider);
    }

    private CommandDetails details() {
        return switch (transition) {
            case EXTEND_RECOVERY_PERIOD -> new CommandDetails.Extension(required(extensionDays, "extensionDays"));
            case END_RECOVERY_PERIOD_EARLY -> new CommandDetails.EarlyEnd(required(earlyEndReason, "earlyEndReason"));
            case RECORD_OUTCOME -> new CommandDetails.Exit(required(outcome, "outcome"));
            case CLOSE -> new CommandDetails.Closing(required(closeReason, "closeReason"));
            default -> CommandDetails.NONE;
        };
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "common.error.required");
        }
        return value;
    }
}
