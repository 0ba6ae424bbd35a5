package org.ariadne.cases;

import java.util.Set;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.security.Role;

/**
 * The object-level rules for cases, written down in one place. A case is read by caseworkers and
 * decision makers of the organisation that recorded it, and changed by its caseworkers. Sharing
 * widens reading, never changing, while the share is active: the authority a case is referred to
 * reads it (its decision makers and caseworkers), child protection reads a child's case it was
 * alerted to, and a service provider sees only what it needs through {@link #mayServe}.
 * Co-ordinators, administrators and the DPO never see case content.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean mayCreate(Actor actor) {
        return actor.hasRole(Role.CASEWORKER);
    }

    /** Reading the whole case as its owner. */
    public static boolean mayRead(Actor actor, OrganisationId owner) {
        return (actor.hasRole(Role.CASEWORKER) || actor.hasRole(Role.DECISION_MAKER))
                && actor.organisationId().equals(owner);
    }

    /** Reading the whole case as its owner or through an active share with the actor's organisation. */
    public static boolean mayRead(Actor actor, OrganisationId owner, Set<SharePurpose> activeShares) {
        if (mayRead(actor, owner)) {
            return true;
        }
        boolean asAuthority = activeShares.contains(SharePurpose.AUTHORITY_REFERRAL)
                && (actor.hasRole(Role.DECISION_MAKER) || actor.hasRole(Role.CASEWORKER));
        boolean asChildProtection = activeShares.contains(SharePurpose.CHILD_PROTECTION)
                && actor.hasRole(Role.CHILD_PROTECTION);
        return asAuthority || asChildProtection;
    }

    /** Seeing what a service needs (identity, needs, contact) through an accepted service referral. */
    public static boolean mayServe(Actor actor, Set<SharePurpose> activeShares) {
        return actor.hasRole(Role.SERVICE_PROVIDER) && activeShares.contains(SharePurpose.SERVICE_REFERRAL);
    }

    /** Who may open a case outside their scope on a stated, audited reason (break-glass). */
    public static boolean mayBreakGlass(Actor actor) {
        return actor.hasRole(Role.CASEWORKER) || actor.hasRole(Role.DECISION_MAKER);
    }

    public static boolean mayEdit(Actor actor, OrganisationId owner) {
        return actor.hasRole(Role.CASEWORKER) && actor.organisationId().equals(owner);
    }
}
