package org.ariadne.cases;

import org.ariadne.organisations.Actor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.security.Role;

/**
 * The object-level rules for cases, written down in one place. A case is read by caseworkers and
 * decision makers of the organisation that recorded it, and changed by its caseworkers. Sharing
 * through referrals widens this in the referrals feature. Co-ordinators, administrators and the
 * DPO never see case content.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean mayCreate(Actor actor) {
        return actor.hasRole(Role.CASEWORKER);
    }

    public static boolean mayRead(Actor actor, OrganisationId owner) {
        return (actor.hasRole(Role.CASEWORKER) || actor.hasRole(Role.DECISION_MAKER))
                && actor.organisationId().equals(owner);
    }

    /** Who may open a case outside their scope on a stated, audited reason (break-glass). */
    public static boolean mayBreakGlass(Actor actor) {
        return actor.hasRole(Role.CASEWORKER) || actor.hasRole(Role.DECISION_MAKER);
    }

    public static boolean mayEdit(Actor actor, OrganisationId owner) {
        return actor.hasRole(Role.CASEWORKER) && actor.organisationId().equals(owner);
    }
}
