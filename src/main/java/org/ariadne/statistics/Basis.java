package org.ariadne.statistics;

/** Which month places a record in a period. */
public enum Basis {
    /** The case's reference month (the month of the encounter). */
    REFERENCE_MONTH("f.ref_month"),
    /** The month of the reasonable-grounds decision. */
    REASONABLE_GROUNDS_MONTH("f.rg_month"),
    /** The month of the conclusive decision. */
    CONCLUSIVE_MONTH("f.cd_month"),
    /** The month a service referral was made. */
    SERVICE_MONTH("s.referred_month");

    private final String column;

    Basis(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
