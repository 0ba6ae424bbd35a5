package org.ariadne.organisations;

import java.util.Set;
import org.ariadne.security.Role;

/**
 * The caller together with the organisation they act for: what the three access questions
 * (role, national policy for the actor type, object scope) are asked about.
 */
public record Actor(String username, String displayName, Set<Role> roles, Organisation organisation) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public ActorType actorType() {
        return organisation.actorType();
    }

    public OrganisationId organisationId() {
        return organisation.id();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
