package org.ariadne.justice;

/** Where compensation is sought from (CoE Convention Art. 15(3)-(4)). */
public enum CompensationSource {
    OFFENDER,
    STATE_FUND,
    CIVIL_CLAIM;

    public String messageKey() {
        return "justice.compensation-source." + name();
    }
}
