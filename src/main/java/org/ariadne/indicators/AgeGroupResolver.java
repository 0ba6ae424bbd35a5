package org.ariadne.indicators;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which rule an assessment applies: anyone under the age of majority on the reference date is
 * assessed as a child, and so is anyone whose age is disputed, because a person is presumed to be
 * a child until the age is verified (CoE Convention Art. 10(3), Directive 2011/36/EU Art. 13(2)).
 * The reference date is a parameter, not "today", so that a past situation is assessed with the
 * age the person had then.
 */
public record AgeGroupResolver(int ageOfMajority) {

    public static final int DEFAULT_AGE_OF_MAJORITY = 18;

    public AgeGroupResolver {
        if (ageOfMajority < 1) {
            throw new IllegalArgumentException("the age of majority must be positive: " + ageOfMajority);
        }
    }

    public static AgeGroupResolver standard() {
        return new AgeGroupResolver(DEFAULT_AGE_OF_MAJORITY);
    }

    /**
     * The age group, or empty when nothing is known about the age and it is not disputed: the
     * caller must then ask, rather than silently assess an adult. A date of birth wins over an
     * estimate; a caseworker who doubts the date of birth marks the age as disputed.
     */
    public Optional<AgeGroup> resolve(@Nullable LocalDate dateOfBirth, @Nullable Integer estimatedAge,
                                      boolean ageDisputed, LocalDate referenceDate) {
        if (dateOfBirth != null && dateOfBirth.isAfter(referenceDate)) {
            throw new IllegalArgumentException("date of birth " + dateOfBirth + " is after " + referenceDate);
        }
        if (estimatedAge != null && estimatedAge < 0) {
            throw new IllegalArgumentException("negative estimated age: " + estimatedAge);
        }
        if (ageDisputed) {
            return Optional.of(AgeGroup.CHILD);
        }
        Integer age = dateOfBirth != null ? Integer.valueOf(Period.between(dateOfBirth, referenceDate).getYears())
                : estimatedAge;
        if (age == null) {
            return Optional.empty();
        }
        return Optional.of(age < ageOfMajority ? AgeGroup.CHILD : AgeGroup.ADULT);
    }
}
