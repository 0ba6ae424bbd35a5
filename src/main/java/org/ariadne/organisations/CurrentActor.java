package org.ariadne.organisations;

import java.util.Optional;
import org.ariadne.organisations.internal.OrganisationEntity;
import org.ariadne.organisations.internal.OrganisationRepository;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.UserContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The current user with their organisation. A user whose organisation is unknown or deactivated
 * acts for nobody: services refuse them.
 *
 * <p>The organisation is read once per request and user: every service call of a request asks for
 * the actor (a case screen makes a dozen), and reading it each time was 3% of the server's CPU
 * under load (docs/benchmarks.md). A deactivation therefore takes effect from the next request.
 * Outside a request (scheduled jobs) it is read every time.
 */
@Component
public class CurrentActor {

    private static final String REQUEST_KEY = CurrentActor.class.getName() + ".";

    private final CurrentUser currentUser;
    private final OrganisationRepository organisations;

    CurrentActor(CurrentUser currentUser, OrganisationRepository organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    public Optional<Actor> find() {
        return currentUser.find().flatMap(this::actor);
    }

    /** The current actor; refuses callers without an active organisation. */
    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("no active organisation"));
    }

    private Optional<Actor> actor(UserContext user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = REQUEST_KEY + user.username();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Actor known) {
            return Optional.of(known);
        }
        Optional<Actor> actor = organisations.findByCode(user.organisationCode())
                .map(OrganisationEntity::toValue)
                .filter(Organisation::active)
                .map(org -> new Actor(user.username(), user.displayName(), user.roles(), org));
        if (request != null) {
            actor.ifPresent(found -> request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST));
        }
        return actor;
    }
}
