package org.ariadne.support;

import java.time.LocalDate;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A service referral as the case's readers see it: the whole hand-over, the needs note and the
 * person's feedback included.
 *
 * @param version to send back with a change, so a change to a referral that moved on is refused
 */
public record ServiceReferral(ServiceReferralId id, long version, CaseCode code, ServiceType serviceType,
                              ServiceReferralStatus status, OrganisationId providerId, String providerName,
                              String needs, String referredBy, LocalDate referredOn, @Nullable LocalDate answeredOn,
                              @Nullable DeclineReason declineReason, @Nullable String declineNote,
                              @Nullable LocalDate deliveryStart, @Nullable LocalDate deliveryEnd,
                              @Nullable Integer caseworkerRating, @Nullable RevocationCause revokedBecause,
                              @Nullable LocalDate revokedOn, @Nullable PersonFeedback feedback) {

    /** Not yet answered, or accepted and not yet completed: it can still be revoked. */
    public boolean open() {
        return ReferralFlow.refusal(ReferralFlow.Action.REVOKE, status, deliveryStart).isEmpty();
    }

    /** The service has started, so it can be rated and the person asked for feedback. */
    public boolean deliveryStarted() {
        return deliveryStart != null;
    }
}
