package org.ariadne.support;

/**
 * One hand-over model for service referrals: sent, then accepted or declined by the provider;
 * an accepted referral is delivered and completed, or revoked at any time before completion.
 * The provider sees the person only while the referral is ACCEPTED or DELIVERING.
 */
public enum ServiceReferralStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    DELIVERING,
    COMPLETED,
    REVOKED;

    /** Whether the provider may see what it needs about the person. */
    public boolean givesAccess() {
        return this == ACCEPTED || this == DELIVERING;
    }

    public String messageKey() {
        return "support.status." + name();
    }
}
