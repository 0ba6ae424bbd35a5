package org.ariadne.support;

import java.time.LocalDate;
import org.ariadne.organisations.ActorType;
import org.jspecify.annotations.Nullable;

/**
 * Published, in the same transaction, whenever a service referral is made, answered, delivered,
 * rated or revoked: the referral as statistics see it, without identity or free text.
 *
 * @param caseKey           the same keyed hash as in {@link org.ariadne.cases.CaseProfileRecorded}
 * @param referralKey       a keyed hash standing for the referral
 * @param caseworkerRating  1 (poor) to 5 (excellent), once the caseworker has rated the service
 */
public record ServiceReferralChanged(String caseKey, String referralKey, ServiceType serviceType,
                                     ServiceReferralStatus status, @Nullable DeclineReason declineReason,
                                     ActorType referringActorType, ActorType providerActorType,
                                     LocalDate referredOn, @Nullable LocalDate answeredOn,
                                     @Nullable LocalDate deliveryStart, @Nullable LocalDate deliveryEnd,
                                     @Nullable Integer caseworkerRating) {
}
