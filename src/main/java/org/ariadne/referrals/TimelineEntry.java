package org.ariadne.referrals;

import java.time.Instant;
import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;
import org.jspecify.annotations.Nullable;

/**
 * One event in a case's history, whatever feature recorded it.
 *
 * @param reason      the performer's own words, or a message key starting with '#' for a reason the
 *                    application wrote itself
 * @param detail      what else the event says (the legal basis of a step, the scopes of a consent)
 * @param noticeStep  for a formal decision, the step number its printable notice is found under
 */
public record TimelineEntry(Instant at, Message title, String username, String organisationName,
                            @Nullable ActorType actorType, @Nullable String reason, @Nullable Message detail,
                            @Nullable Integer noticeStep) {
}
