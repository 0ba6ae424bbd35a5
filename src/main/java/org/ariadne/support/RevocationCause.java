package org.ariadne.support;

/** Why a referral was revoked: by the caseworker, or because all sharing of the case ended. */
public enum RevocationCause {
    BY_CASEWORKER,
    CONSENT_WITHDRAWN,
    CASE_CLOSED,
    /** All sharing of the case ended for another reason. */
    SHARING_ENDED;

    public String messageKey() {
        return "support.revoked-because." + name();
    }
}
