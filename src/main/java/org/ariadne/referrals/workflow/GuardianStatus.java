package org.ariadne.referrals.workflow;

/** Guardian or legal representative of a child (CoE Convention Art. 10(4)). */
public enum GuardianStatus {
    NOT_REQUIRED,
    /** Child protection has been alerted and must appoint a guardian. */
    TASK_OPEN,
    APPOINTED;

    public String messageKey() {
        return "nrm.guardian." + name();
    }
}
