package org.ariadne.referrals;

import org.ariadne.organisations.OrganisationId;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.LegalBasis;
import org.ariadne.referrals.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A step asked for by a user, from a screen or the API.
 *
 * @param expectedVersion the version of the case's NRM state the user saw; a step on a case that
 *                        changed since is refused as a conflict, so nobody overwrites a decision
 *                        they have not seen
 * @param authority       for a referral to the competent authority: the organisation that decides
 */
public record StepRequest(Transition transition, String reason, @Nullable LegalBasis legalBasis, String legalReference,
                          CommandDetails details, long expectedVersion, @Nullable OrganisationId authority) {

    public StepRequest {
        reason = reason == null ? "" : reason;
        legalReference = legalReference == null ? "" : legalReference;
        details = details == null ? CommandDetails.NONE : details;
    }

    public static StepRequest of(Transition transition, String reason, long expectedVersion) {
        return new StepRequest(transition, reason, null, "", CommandDetails.NONE, expectedVersion, null);
    }

    public StepRequest with(CommandDetails newDetails) {
        return new StepRequest(transition, reason, legalBasis, legalReference, newDetails, expectedVersion, authority);
    }

    public StepRequest to(OrganisationId decidingOrganisation) {
        return new StepRequest(transition, reason, legalBasis, legalReference, details, expectedVersion,
                decidingOrganisation);
    }
}
