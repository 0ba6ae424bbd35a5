package org.ariadne.cases;

import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationId;

/**
 * What other features need to know about a case they act on, once the caller's access has been
 * checked: whose it is, how the caller reaches it, and its non-identifying facts.
 */
public record CaseHeader(CaseCode code, OrganisationId owner, String ownerName, String ownerRegion,
                         ActorType identifyingActorType, CaseStatus status, boolean child, boolean synthetic,
                         java.time.Instant createdAt, String createdBy, Reach reach) {

    /** How the caller reaches the case. */
    public enum Reach {
        OWNER,
        AUTHORITY,
        CHILD_PROTECTION,
        BREAK_GLASS
    }
}
