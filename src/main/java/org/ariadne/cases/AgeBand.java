package org.ariadne.cases;

import org.jspecify.annotations.Nullable;

/** Age as statistics publish it: bands only, never a date of birth (data-standards.md). */
public enum AgeBand {
    AGE_0_11,
    AGE_12_17,
    AGE_18_24,
    AGE_25_34,
    AGE_35_49,
    AGE_50_PLUS,
    UNKNOWN;

    public static AgeBand of(@Nullable Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age <= 11) {
            return AGE_0_11;
        }
        if (age <= 17) {
            return AGE_12_17;
        }
        if (age <= 24) {
            return AGE_18_24;
        }
        if (age <= 34) {
            return AGE_25_34;
        }
        return age <= 49 ? AGE_35_49 : AGE_50_PLUS;
    }

    public String messageKey() {
        return "cases.age-band." + name();
    }
}
