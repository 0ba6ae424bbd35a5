package org.ariadne.cases;

/** How the presumed victim came to the identifying organisation's attention. */
public enum Channel {
    OUTREACH,
    POLICE_OPERATION,
    LABOUR_INSPECTION,
    OSH_INSPECTION,
    HOTLINE,
    SELF_REFERRAL,
    HEALTH_SERVICE,
    BORDER_CHECK,
    ASYLUM_PROCEDURE,
    OTHER
}
