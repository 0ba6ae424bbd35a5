package org.ariadne.common;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as the authenticated principal "system", which holds no role:
 * services still apply their rules, and the audit trail names who acted.
 */
public final class SystemJob {

    public static final String PRINCIPAL = "system";

    private SystemJob() {
    }

    public static <T> T run(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Whether the caller is a job started by {@link #run}. A person signed in as a user named
     * "system" is not: every login path gives a principal object, never a bare name without roles.
     */
    public static boolean isRunning(@Nullable Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken token && token.isAuthenticated()
                && PRINCIPAL.equals(token.getPrincipal()) && token.getAuthorities().isEmpty();
    }
}
