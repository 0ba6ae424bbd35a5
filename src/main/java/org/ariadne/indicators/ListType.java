package org.ariadne.indicators;

public enum ListType {
    ADULT_LABOUR,
    ADULT_SEXUAL,
    CHILD_LABOUR,
    CHILD_SEXUAL;

    public static ListType of(AgeGroup age, boolean sexual) {
        if (age == AgeGroup.CHILD) {
            return sexual ? CHILD_SEXUAL : CHILD_LABOUR;
        }
        return sexual ? ADULT_SEXUAL : ADULT_LABOUR;
    }
}
