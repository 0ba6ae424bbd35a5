package org.ariadne.referrals.workflow;

/**
 * The provision a step rests on, as offered when recording it. International provisions are the
 * defaults; a country's own law is cited with {@link #NATIONAL_LAW} and a free-text reference.
 */
public enum LegalBasis {
    COE_ART_10_IDENTIFICATION,
    COE_ART_10_2_REASONABLE_GROUNDS,
    COE_ART_10_3_AGE_PRESUMPTION,
    COE_ART_10_4_CHILD_REPRESENTATIVE,
    COE_ART_12_ASSISTANCE,
    COE_ART_13_RECOVERY_PERIOD,
    COE_ART_13_3_EARLY_END,
    COE_ART_16_RETURN,
    EU_2011_36_ART_11_ASSISTANCE,
    CRC_ART_3_BEST_INTERESTS,
    INFORMED_CONSENT,
    DUTY_TO_NOTIFY,
    RECONSIDERATION_PROCEDURE,
    CRIMINAL_PROCEDURE,
    CASE_MANAGEMENT,
    NATIONAL_LAW;

    public String messageKey() {
        return "nrm.legal-basis." + name();
    }
}
