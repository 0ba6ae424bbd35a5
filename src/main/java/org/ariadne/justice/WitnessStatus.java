package org.ariadne.justice;

/** The person's part in criminal proceedings, with the protection a witness may have (CoE Convention Art. 28). */
public enum WitnessStatus {
    NOT_RECORDED,
    NOT_A_WITNESS,
    WITNESS,
    PROTECTED_WITNESS;

    public boolean isWitness() {
        return this == WITNESS || this == PROTECTED_WITNESS;
    }

    public String messageKey() {
        return "justice.witness." + name();
    }
}
