package org.ariadne.security;

import java.util.Optional;
import org.ariadne.security.internal.Principals;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The caller of the current request, UI event or job. Services use it; views go through services. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        // The strategy bean (Vaadin's, which also finds the context of a UI session) rather than
        // the static holder, which another application context in the same JVM may have replaced.
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The caller, or empty for anonymous requests and system jobs. */
    public Optional<UserContext> find() {
        var authentication = contexts.getContext().getAuthentication();
        return Optional.ofNullable(authentication).flatMap(Principals::toUserContext);
    }

    /** The caller; refuses anonymous access. */
    public UserContext require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not authenticated"));
    }
}
