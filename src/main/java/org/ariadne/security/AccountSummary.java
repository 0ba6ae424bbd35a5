package org.ariadne.security;

import java.util.Set;

/** A local account as the administration screen shows it; never the password hash. */
public record AccountSummary(long id, long version, String username, String displayName, String organisationCode,
                             Set<Role> roles, boolean active) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
