package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeGroupResolverTest {

    private static final AgeGroupResolver STANDARD = AgeGroupResolver.standard();
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "born {0}, assessed on 2026-11-22 -> {1}")
    @CsvSource({
            "2008-11-23, CHILD",   // 18th birthday is tomorrow
            "2008-11-22, ADULT",   // 18th birthday today
            "2008-11-21, ADULT",
            "2026-11-22, CHILD",   // born today
            "1960-01-01, ADULT"})
    void dateOfBirthAroundTheEighteenthBirthday(LocalDate born, AgeGroup expected) {
        assertThat(STANDARD.resolve(born, null, false, REFERENCE)).contains(expected);
    }

    @Test
    void bornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInCommonYears() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertThat(STANDARD.resolve(born, null, false, LocalDate.of(2026, 2, 28))).contains(AgeGroup.CHILD);
        assertThat(STANDARD.resolve(born, null, false, LocalDate.of(2026, 3, 1))).contains(AgeGroup.ADULT);
    }

    @ParameterizedTest(name = "estimated {0} -> {1}")
    @CsvSource({"0, CHILD", "12, CHILD", "17, CHILD", "18, ADULT", "45, ADULT"})
    void estimatedAgeWithoutDateOfBirth(int estimate, AgeGroup expected) {
        assertThat(STANDARD.resolve(null, estimate, false, REFERENCE)).contains(expected);
    }

    @Test
    void disputedAgeIsAChildWhateverTheDocumentsSay() {
        assertThat(STANDARD.resolve(LocalDate.of(1990, 5, 1), 30, true, REFERENCE)).contains(AgeGroup.CHILD);
        assertThat(STANDARD.resolve(null, null, true, REFERENCE)).contains(AgeGroup.CHILD);
    }

    @Test
    void dateOfBirthWinsOverAnEstimate() {
        assertThat(STANDARD.resolve(LocalDate.of(2000, 1, 1), 16, false, REFERENCE)).contains(AgeGroup.ADULT);
        assertThat(STANDARD.resolve(LocalDate.of(2012, 1, 1), 25, false, REFERENCE)).contains(AgeGroup.CHILD);
    }

    @Test
    void nothingKnownAndNotDisputedLeavesTheChoiceToTheCaller() {
        assertThat(STANDARD.resolve(null, null, false, REFERENCE)).isEmpty();
    }

    @Test
    void theReferenceDateDecidesNotToday() {
        LocalDate born = LocalDate.of(2000, 6, 1);
        assertThat(STANDARD.resolve(born, null, false, LocalDate.of(2017, 1, 1))).contains(AgeGroup.CHILD);
        assertThat(STANDARD.resolve(born, null, false, LocalDate.of(2019, 1, 1))).contains(AgeGroup.ADULT);
    }

    @Test
    void theAgeOfMajorityIsAParameter() {
        var resolver = new AgeGroupResolver(21);
        assertThat(resolver.resolve(null, 19, false, REFERENCE)).contains(AgeGroup.CHILD);
        assertThat(resolver.resolve(null, 21, false, REFERENCE)).contains(AgeGroup.ADULT);
        assertThat(STANDARD.ageOfMajority()).isEqualTo(18);
    }

    @Test
    void impossibleInputIsRefused() {
        assertThatThrownBy(() -> STANDARD.resolve(REFERENCE.plusDays(1), null, false, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STANDARD.resolve(null, -1, false, REFERENCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgeGroupResolver(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
