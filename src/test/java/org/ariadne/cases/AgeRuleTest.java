package org.ariadne.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeRuleTest {

    private static final LocalDate REF = LocalDate.of(2026, 6, 15);

    private static PersonData person(LocalDate dob, Integer estimated, boolean disputed) {
        return new PersonData(null, null, dob, estimated, disputed, null, List.of(), List.of(), null, false, null, null);
    }

    @Test
    void theDayBeforeTheEighteenthBirthdayIsStillAChild() {
        assertThat(AgeRule.isChild(person(LocalDate.of(2008, 6, 16), null, false), REF, 18)).isTrue();
        assertThat(AgeRule.isChild(person(LocalDate.of(2008, 6, 15), null, false), REF, 18)).isFalse();
    }

    @Test
    void estimatedAgeIsUsedWithoutADateOfBirth() {
        assertThat(AgeRule.isChild(person(null, 17, false), REF, 18)).isTrue();
        assertThat(AgeRule.isChild(person(null, 18, false), REF, 18)).isFalse();
    }

    @Test
    void disputedAgeMeansChildUntilVerified() {
        assertThat(AgeRule.isChild(person(LocalDate.of(1990, 1, 1), 36, true), REF, 18)).isTrue();
    }

    @Test
    void unknownAgeIsNotAssumedToBeAChild() {
        assertThat(AgeRule.isChild(person(null, null, false), REF, 18)).isFalse();
    }

    @Test
    void ageOfMajorityIsAParameter() {
        assertThat(AgeRule.isChild(person(null, 18, false), REF, 19)).isTrue();
    }
}
