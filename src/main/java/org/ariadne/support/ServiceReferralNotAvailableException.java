package org.ariadne.support;

import org.ariadne.common.NotFoundException;

/**
 * A referral that does not exist and one the caller may not act on look the same from outside,
 * so a guessed id reveals nothing. The audit trail tells them apart.
 */
public class ServiceReferralNotAvailableException extends NotFoundException {

    public ServiceReferralNotAvailableException() {
        super("support.error.not-available");
    }
}
