package org.ariadne.cases;

/** Why sharing a case with an organisation ended. */
public enum ShareEndReason {
    REFERRAL_COMPLETED,
    REFERRAL_REVOKED,
    REFERRAL_DECLINED,
    CONSENT_WITHDRAWN,
    CASE_CLOSED,
    REASSIGNED;

    public String messageKey() {
        return "cases.share-end." + name();
    }
}
