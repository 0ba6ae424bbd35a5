package org.ariadne.support;

/**
 * Why a provider declined a referral. Recorded for the statistics on barriers to access
 * (OSCE survey indicator SERVICE_ACCESS); none of them is a ground the application enforces.
 */
public enum DeclineReason {
    CAPACITY,
    NATIONALITY,
    RESIDENCE_STATUS,
    NOT_COOPERATING_WITH_LAW_ENFORCEMENT,
    OTHER;

    public String messageKey() {
        return "support.decline-reason." + name();
    }
}
