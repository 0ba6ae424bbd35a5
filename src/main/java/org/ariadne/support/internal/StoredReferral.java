package org.ariadne.support.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.RevocationCause;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.jspecify.annotations.Nullable;

/**
 * A stored referral. The needs note and the decline note stay sealed until the service has
 * decided that the caller may read them ({@link ReferralStore#needs}, {@link ReferralStore#declineNote}).
 */
public record StoredReferral(long id, long version, CaseCode code, OrganisationId owner, OrganisationId provider,
                             ServiceType serviceType, ServiceReferralStatus status, ActorType referringActorType,
                             ActorType providerActorType, String referredBy, Instant referredAt, LocalDate referredOn,
                             @Nullable String answeredBy, @Nullable LocalDate answeredOn,
                             @Nullable DeclineReason declineReason, @Nullable LocalDate deliveryStart,
                             @Nullable LocalDate deliveryEnd, @Nullable Integer caseworkerRating,
                             @Nullable LocalDate revokedOn, @Nullable RevocationCause revokedBecause,
                             String sealedNeeds, @Nullable String sealedDeclineNote) {

    /** The reference a case share rests on; ending it ends the provider's access. */
    public String shareSource() {
        return "service-referral:" + id;
    }
}
