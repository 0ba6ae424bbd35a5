package org.ariadne.security;

/**
 * Lets the security feature check an organisation code without depending on the organisations
 * feature (which implements this). Keeps the dependency one-way: organisations → security.
 */
public interface OrganisationDirectory {

    /** Whether an active organisation with this code exists. */
    boolean isActiveOrganisation(String organisationCode);
}
