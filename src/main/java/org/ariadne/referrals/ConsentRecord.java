package org.ariadne.referrals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ariadne.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Informed consent as recorded, or its refusal: the scopes the person agreed to, the organisations
 * they agreed their data may be shared with, who explained it, in which language (ISO 639-1), and
 * whether an interpreter helped.
 *
 * @param barriers the reasons given for declining referral, when consent was refused
 */
public record ConsentRecord(long id, boolean given, Set<ConsentScope> scopes, List<OrganisationId> sharingWith,
                            Set<ReferralBarrier> barriers, String explainedBy, String language, boolean interpreter,
                            String recordedBy, Instant recordedAt, @Nullable Instant withdrawnAt,
                            @Nullable String withdrawnBy) {

    public ConsentRecord {
        scopes = Set.copyOf(scopes);
        sharingWith = List.copyOf(sharingWith);
        barriers = Set.copyOf(barriers);
    }

    /** In force: given and not withdrawn. */
    public boolean inForce() {
        return given && withdrawnAt == null;
    }

    public boolean covers(ConsentScope scope) {
        return inForce() && scopes.contains(scope);
    }

    public boolean allowsSharingWith(OrganisationId organisation) {
        return covers(ConsentScope.SHARING) && sharingWith.contains(organisation);
    }
}
