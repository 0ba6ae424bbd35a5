package org.ariadne.cases;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * Who is treated as a child: anyone under the age of majority at the reference date, and anyone
 * whose age is disputed — a person is presumed a child until verified (CoE Convention Art. 10(3)).
 */
public final class AgeRule {

    public static final int DEFAULT_AGE_OF_MAJORITY = 18;

    private AgeRule() {
    }

    public static boolean isChild(PersonData person, LocalDate referenceDate, int ageOfMajority) {
        if (person.ageDisputed()) {
            return true;
        }
        Integer age = ageAt(person.dateOfBirth(), person.estimatedAge(), referenceDate);
        return age != null && age < ageOfMajority;
    }

    public static @Nullable Integer ageAt(@Nullable LocalDate dateOfBirth, @Nullable Integer estimatedAge,
                                          LocalDate referenceDate) {
        if (dateOfBirth != null) {
            return Period.between(dateOfBirth, referenceDate).getYears();
        }
        return estimatedAge;
    }
}
