package org.ariadne.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a local account. The password is only used when creating an
 * account; {@code version} is the version read, for optimistic locking on update.
 */
public record AccountDraft(@Nullable String username, @Nullable String displayName, @Nullable String organisationCode,
                           Set<Role> roles, boolean active, @Nullable String password, long version) {

    public AccountDraft {
        roles = Set.copyOf(roles);
    }
}
