package org.ariadne.support;

/** The services a person can be referred to (CoE Convention Art. 12; OSCE NRM pillar 2). */
public enum ServiceType {
    ACCOMMODATION,
    SPECIALISED_SHELTER,
    MEDICAL,
    PSYCHOLOGICAL,
    LEGAL_AID,
    INTERPRETATION,
    EDUCATION,
    VOCATIONAL_TRAINING,
    JOB_PLACEMENT,
    FINANCIAL_SUPPORT,
    COMPENSATION_SUPPORT,
    RETURN_ASSISTANCE;

    public String messageKey() {
        return "support.service-type." + name();
    }
}
