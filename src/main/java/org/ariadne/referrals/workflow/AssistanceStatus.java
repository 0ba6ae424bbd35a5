package org.ariadne.referrals.workflow;

/** Whether the person is receiving assistance; it runs alongside the identification stages. */
public enum AssistanceStatus {
    NOT_STARTED,
    ACTIVE,
    ENDED;

    public String messageKey() {
        return "nrm.assistance." + name();
    }
}
