package org.ariadne.referrals.workflow;

import org.ariadne.organisations.Actor;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationId;

/** Who took a step and for which organisation; the actor type is what national policy is asked about. */
public record Performer(String username, OrganisationId organisation, ActorType actorType) {

    public static Performer of(Actor actor) {
        return new Performer(actor.username(), actor.organisationId(), actor.actorType());
    }
}
