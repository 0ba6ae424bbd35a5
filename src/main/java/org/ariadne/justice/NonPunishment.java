package org.ariadne.justice;

/** The non-punishment principle for offences the person was compelled to commit (CoE Convention Art. 26). */
public enum NonPunishment {
    NOT_APPLICABLE,
    NOT_REQUESTED,
    REQUESTED,
    APPLIED,
    REFUSED;

    public String messageKey() {
        return "justice.non-punishment." + name();
    }
}
