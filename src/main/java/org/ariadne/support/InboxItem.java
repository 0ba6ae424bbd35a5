package org.ariadne.support;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A referral in a provider's inbox: the service asked for and where the referral stands, nothing
 * about the person. What the provider may see of the person comes with {@link ProviderReferral},
 * and only while the referral is accepted or being delivered.
 */
public record InboxItem(ServiceReferralId id, long version, ServiceType serviceType, ServiceReferralStatus status,
                        String referringOrganisation, LocalDate referredOn, @Nullable LocalDate answeredOn,
                        @Nullable DeclineReason declineReason, @Nullable LocalDate deliveryStart,
                        @Nullable LocalDate deliveryEnd, @Nullable RevocationCause revokedBecause) {
}
