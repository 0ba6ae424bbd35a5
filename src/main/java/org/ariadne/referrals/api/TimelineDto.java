package org.ariadne.referrals.api;

import java.time.Instant;
import org.ariadne.common.Message;
import org.ariadne.referrals.TimelineEntry;
import org.jspecify.annotations.Nullable;

/** One timeline event, translated. */
record TimelineDto(Instant at, String title, String username, String organisation, @Nullable String actorType,
                   @Nullable String reason, @Nullable String detail) {

    static TimelineDto of(TimelineEntry e, Message.Translator text) {
        String reason = e.reason() == null ? null : e.reason().startsWith("#")
                ? text.translate(e.reason().substring(1)) : e.reason();
        return new TimelineDto(e.at(), e.title().resolve(text), e.username(), e.organisationName(),
                e.actorType() == null ? null : e.actorType().name(), reason,
                e.detail() == null ? null : e.detail().resolve(text));
    }
}
