package org.ariadne.referrals.workflow;

/** Work a step hands to other parts of the system, e.g. as application events. */
public enum FollowUp {
    /** A child was detected or presumed: child protection is alerted at once. */
    NOTIFY_CHILD_PROTECTION,
    OPEN_GUARDIAN_TASK,
    /** An anonymous notification keeps no identity: the person's identifiers must be erased. */
    DISCARD_IDENTITY,
    /** An anonymous notification became a referral: the person's identity is to be recorded. */
    COLLECT_IDENTITY,
    START_RECOVERY_PERIOD,
    START_ASSISTANCE,
    END_ASSISTANCE;

    public String messageKey() {
        return "nrm.follow-up." + name();
    }
}
