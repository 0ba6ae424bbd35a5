package org.ariadne.security;

import java.util.Optional;
import org.ariadne.security.internal.Principals;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller of the current request, UI event or job. Services use it; views go through services. */
@Component
public class CurrentUser {

    /** The caller, or empty for anonymous requests and system jobs. */
    public Optional<UserContext> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return Optional.ofNullable(authentication).flatMap(Principals::toUserContext);
    }

    /** The caller; refuses anonymous access. */
    public UserContext require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not authenticated"));
    }
}
