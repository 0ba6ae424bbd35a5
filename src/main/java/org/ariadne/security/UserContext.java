package org.ariadne.security;

import java.util.Set;

/**
 * The authenticated caller as services see it, whatever the login path (local account, OIDC
 * session or bearer token).
 *
 * @param username         stable login name, never shown in statistics
 * @param displayName      name for the user menu
 * @param roles            roles granted (unknown roles from the identity provider are dropped)
 * @param organisationCode code of the user's organisation; empty when the identity carries none
 */
public record UserContext(String username, String displayName, Set<Role> roles, String organisationCode) {

    public UserContext {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
