package org.ariadne;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo account in for the current thread, as the login would, for tests that switch users. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(UserDetailsService users, String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
