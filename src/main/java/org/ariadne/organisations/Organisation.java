package org.ariadne.organisations;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as other features see it.
 *
 * @param notificationEmail where notification e-mails go (only where SMTP is configured), or null
 */
public record Organisation(OrganisationId id, long version, String code, String name, ActorType actorType,
                           String region, boolean active, @Nullable String notificationEmail) {

    public Organisation(OrganisationId id, long version, String code, String name, ActorType actorType, String region,
                        boolean active) {
        this(id, version, code, name, actorType, region, active, null);
    }
}
