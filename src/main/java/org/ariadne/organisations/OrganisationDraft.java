package org.ariadne.organisations;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters; {@code version} is the version read, for optimistic locking.
 *
 * @param notificationEmail optional address for notification e-mails; blank for none
 */
public record OrganisationDraft(@Nullable String code, @Nullable String name, @Nullable ActorType actorType,
                                @Nullable String region, boolean active, long version,
                                @Nullable String notificationEmail) {

    public OrganisationDraft(@Nullable String code, @Nullable String name, @Nullable ActorType actorType,
                             @Nullable String region, boolean active, long version) {
        this(code, name, actorType, region, active, version, null);
    }
}
