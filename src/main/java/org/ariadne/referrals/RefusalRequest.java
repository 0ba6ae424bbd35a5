package org.ariadne.referrals;

import java.util.Set;

/**
 * An adult's refusal to be referred, with the reasons they gave.
 *
 * @param notifyAnonymously also send an anonymous notification (statistics only; the identity is
 *                          discarded) where national policy lets the organisation do so
 * @param reason            the caseworker's note for the record
 */
public record RefusalRequest(Set<ReferralBarrier> barriers, String explainedBy, String language, boolean interpreter,
                             boolean notifyAnonymously, String reason, long expectedVersion) {

    public RefusalRequest {
        barriers = barriers == null ? Set.of() : Set.copyOf(barriers);
        reason = reason == null ? "" : reason;
    }
}
