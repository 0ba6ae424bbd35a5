package org.ariadne.referrals;

/** Why an adult declined to be referred, as the person gave it (OSCE survey indicator BARRIERS). */
public enum ReferralBarrier {
    FEAR_OF_TRAFFICKERS,
    FEAR_OF_AUTHORITIES,
    FEAR_OF_DEPORTATION,
    DISTRUST_OF_SERVICES,
    NO_BENEFIT_SEEN,
    WANTS_TO_RETURN_HOME,
    FAMILY_OR_COMMUNITY_PRESSURE,
    DOES_NOT_SEE_SELF_AS_VICTIM,
    OTHER;

    public String messageKey() {
        return "nrm.barrier." + name();
    }
}
