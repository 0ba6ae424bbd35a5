package org.ariadne.organisations;

/** Typed id of an organisation, for crossing feature boundaries. */
public record OrganisationId(long value) {
}
