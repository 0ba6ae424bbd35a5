package org.ariadne.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification as a user of the organisation sees it.
 *
 * @param kind     what happened: the suffix of the message key {@code notice.kind.<kind>}
 * @param caseCode the case concerned, or null
 * @param read     whether this user has read it
 */
public record NotificationItem(long id, String kind, @Nullable String caseCode, Instant at, boolean read) {

    public String messageKey() {
        return "notice.kind." + kind;
    }
}
