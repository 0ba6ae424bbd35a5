package org.ariadne.organisations;

import java.util.Optional;
import org.ariadne.organisations.internal.OrganisationRepository;
import org.ariadne.organisations.internal.OrganisationEntity;
import org.ariadne.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user with their organisation. A user whose organisation is unknown or deactivated
 * acts for nobody: services refuse them.
 */
@Component
public class CurrentActor {

    private final CurrentUser currentUser;
    private final OrganisationRepository organisations;

    CurrentActor(CurrentUser currentUser, OrganisationRepository organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Optional<Actor> find() {
        return currentUser.find().flatMap(user -> organisations.findByCode(user.organisationCode())
                .map(OrganisationEntity::toValue)
                .filter(Organisation::active)
                .map(org -> new Actor(user.username(), user.displayName(), user.roles(), org)));
    }

    /** The current actor; refuses callers without an active organisation. */
    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("no active organisation"));
    }
}
