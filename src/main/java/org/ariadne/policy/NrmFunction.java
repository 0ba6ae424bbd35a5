package org.ariadne.policy;

/**
 * What an organisation does in the referral mechanism. National policy grants each function to
 * actor types; every workflow step names the function it needs.
 */
public enum NrmFunction {
    /** Preliminary identification: record a presumed victim and the indicators seen. */
    SCREEN,
    /** Refer a presumed victim to the competent authority for formal identification. */
    REFER_TO_AUTHORITY,
    /** Refer a person to shelter, medical, legal, psychological and other services. */
    REFER_TO_SERVICES,
    DECIDE_REASONABLE_GROUNDS,
    DECIDE_CONCLUSIVE,
    /** Provide assistance and record its outcome. */
    ASSIST,
    /** Child protection: appoint a guardian and determine the child's best interests. */
    APPOINT_GUARDIAN,
    /** Notify a case without identity (statistics only) when an adult does not consent to referral. */
    NOTIFY_ANONYMOUSLY;

    public String messageKey() {
        return "nrm.function." + name();
    }
}
