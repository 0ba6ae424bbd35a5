package org.ariadne.security.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.ariadne.security.Role;
import org.ariadne.security.UserContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a {@link UserContext} out of whichever principal the login path produced. */
public final class Principals {

    private Principals() {
    }

    public static Optional<UserContext> toUserContext(Authentication authentication) {
        if (!authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = rolesOf(authentication);
        Object principal = authentication.getPrincipal();
        if (principal instanceof AriadneUserDetails local) {
            return Optional.of(new UserContext(local.getUsername(), local.displayName(), roles, local.organisationCode()));
        }
        if (principal instanceof OidcUser oidc) {
            String username = firstNonBlank(oidc.getPreferredUsername(), oidc.getSubject());
            String display = firstNonBlank(oidc.getFullName(), username);
            return Optional.of(new UserContext(username, display, roles, claim(oidc.getClaimAsString(KeycloakClaims.ORGANISATION))));
        }
        if (principal instanceof Jwt jwt) {
            String username = firstNonBlank(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
            String display = firstNonBlank(jwt.getClaimAsString("name"), username);
            return Optional.of(new UserContext(username, display, roles, claim(jwt.getClaimAsString(KeycloakClaims.ORGANISATION))));
        }
        // Test doubles and other providers: the name and roles are all we can know.
        return Optional.of(new UserContext(authentication.getName(), authentication.getName(), roles, ""));
    }

    static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            KeycloakClaims.roleFromAuthority(authority.getAuthority()).ifPresent(roles::add);
        }
        return roles;
    }

    private static String claim(String value) {
        return value == null ? "" : value;
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }
}
