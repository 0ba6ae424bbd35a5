package org.ariadne.support;

import org.ariadne.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A caseworker's referral of the person to a provider organisation for one service.
 *
 * @param needs what the person needs from the service, in the caseworker's words; free text that
 *              may name people, so it is stored encrypted and shown to the provider only once it
 *              has accepted
 */
public record ReferralRequest(@Nullable ServiceType serviceType, @Nullable OrganisationId provider,
                              @Nullable String needs) {
}
