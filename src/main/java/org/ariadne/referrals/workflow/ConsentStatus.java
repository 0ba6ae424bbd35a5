package org.ariadne.referrals.workflow;

/** An adult's informed consent to referral. A child's case never rests on consent. */
public enum ConsentStatus {
    NOT_ASKED,
    GIVEN,
    DECLINED,
    WITHDRAWN;

    public String messageKey() {
        return "nrm.consent." + name();
    }
}
