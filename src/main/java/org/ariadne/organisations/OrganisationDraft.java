package org.ariadne.organisations;

import org.jspecify.annotations.Nullable;

/** What an administrator enters; {@code version} is the version read, for optimistic locking. */
public record OrganisationDraft(@Nullable String code, @Nullable String name, @Nullable ActorType actorType,
                                @Nullable String region, boolean active, long version) {
}
