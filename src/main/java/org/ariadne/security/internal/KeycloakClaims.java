package org.ariadne.security.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ariadne.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The claims Ariadne reads from Keycloak tokens. The realm in docker/keycloak writes realm roles
 * into {@code roles} and the user's organisation code into {@code organisation}, in the ID token,
 * the access token and userinfo. Roles Ariadne does not know (Keycloak's default roles, say) are
 * dropped rather than turned into authorities.
 */
public final class KeycloakClaims {

    public static final String ROLES = "roles";
    public static final String ORGANISATION = "organisation";
    private static final String PREFIX = "ROLE_";

    private KeycloakClaims() {
    }

    public static Set<GrantedAuthority> authoritiesFromRoles(Object claim) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                roleFromName(String.valueOf(value))
                        .ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            }
        }
        return authorities;
    }

    static Optional<Role> roleFromAuthority(String authority) {
        return authority.startsWith(PREFIX) ? roleFromName(authority.substring(PREFIX.length())) : Optional.empty();
    }

    private static Optional<Role> roleFromName(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
