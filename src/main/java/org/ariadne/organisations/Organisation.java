package org.ariadne.organisations;

/** An organisation as other features see it. */
public record Organisation(OrganisationId id, long version, String code, String name, ActorType actorType,
                           String region, boolean active) {
}
