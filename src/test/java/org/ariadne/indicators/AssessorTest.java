package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assessment rule, exhaustively, on a test catalogue with three indicators of each strength
 * in every dimension and the default rules of indicators.md.
 */
class AssessorTest {

    static final Catalogue CATALOGUE = catalogue();

    static Catalogue catalogue() {
        List<Indicator> indicators = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            for (Strength s : Strength.values()) {
                for (int i = 1; i <= 3; i++) {
                    indicators.add(new Indicator(d + "-" + s + i, d, s, false, new Labels("x", "x", "x")));
                }
            }
        }
        return new Catalogue("TEST-1", ListType.ADULT_LABOUR, 1, "test", false, false,
                SufficiencyRule.parse("S2;S1+MW1;M3;M2+W1"), DimensionRule.parse("D1|D2|D3;D4;D5|D6"),
                DimensionRule.parse("D4"), indicators);
    }

    /** Ticks s strong, m medium and w weak indicators of D4. */
    static List<String> ticks(Dimension d, int s, int m, int w) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= s; i++) {
            codes.add(d + "-S" + i);
        }
        for (int i = 1; i <= m; i++) {
            codes.add(d + "-M" + i);
        }
        for (int i = 1; i <= w; i++) {
            codes.add(d + "-W" + i);
        }
        return codes;
    }

    @ParameterizedTest(name = "{0} strong, {1} medium, {2} weak -> present: {3}")
    @CsvSource({
            "0,0,0,false", "0,0,1,false", "0,0,2,false", "0,0,3,false",
            "1,0,0,false", "2,0,0,true", "3,0,0,true",
            "1,0,1,true", "1,1,0,true", "1,1,1,true",
            "0,1,0,false", "0,2,0,false", "0,3,0,true",
            "0,2,1,true", "0,1,1,false", "0,1,2,false", "0,1,3,false", "0,2,2,true"})
    void sufficiencyBoundaries(int s, int m, int w, boolean present) {
        AssessmentResult result = Assessor.assess(CATALOGUE, AgeGroup.ADULT, ticks(Dimension.D4, s, m, w));
        assertThat(result.present().contains(Dimension.D4)).isEqualTo(present);
    }

    /** Every subset of the six dimensions, made present with two strong ticks each. */
    static Stream<Set<Dimension>> allSubsets() {
        List<Set<Dimension>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 64; mask++) {
            Set<Dimension> set = EnumSet.noneOf(Dimension.class);
            for (Dimension d : Dimension.values()) {
                if ((mask & (1 << d.ordinal())) != 0) {
                    set.add(d);
                }
            }
            subsets.add(set);
        }
        return subsets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSubsets")
    void everyCombinationOfDimensionsForAdultsAndChildren(Set<Dimension> present) {
        List<String> ticked = new ArrayList<>();
        present.forEach(d -> ticked.addAll(ticks(d, 2, 0, 0)));
        boolean act = present.contains(Dimension.D1) || present.contains(Dimension.D2) || present.contains(Dimension.D3);
        boolean exploitation = present.contains(Dimension.D4);
        boolean means = present.contains(Dimension.D5) || present.contains(Dimension.D6);
        Outcome adult = act && exploitation && means ? Outcome.PRESUMED_VICTIM
                : present.contains(Dimension.D1) && exploitation ? Outcome.DECEIVED_AND_EXPLOITED
                : exploitation ? Outcome.EXPLOITED_ONLY : Outcome.INSUFFICIENT;
        Outcome child = exploitation ? Outcome.PRESUMED_VICTIM : Outcome.INSUFFICIENT;

        AssessmentResult adultResult = Assessor.assess(CATALOGUE, AgeGroup.ADULT, ticked);
        AssessmentResult childResult = Assessor.assess(CATALOGUE, AgeGroup.CHILD, ticked);
        assertThat(adultResult.present()).isEqualTo(present);
        assertThat(adultResult.outcome()).isEqualTo(adult);
        assertThat(childResult.outcome()).isEqualTo(child);
    }

    @Test
    void explanationNamesTheIndicatorsAndTheCombinationMet() {
        List<String> ticked = new ArrayList<>(ticks(Dimension.D1, 1, 1, 0));
        ticked.addAll(ticks(Dimension.D4, 2, 0, 0));
        ticked.addAll(ticks(Dimension.D5, 0, 0, 2));
        AssessmentResult result = Assessor.assess(CATALOGUE, AgeGroup.ADULT, ticked);
        assertThat(result.outcome()).isEqualTo(Outcome.DECEIVED_AND_EXPLOITED);
        assertThat(result.explanation()).contains(
                Explanation.of("indicators.explain.present", "D1", "D1-M1, D1-S1", "S1+MW1"),
                Explanation.of("indicators.explain.present", "D4", "D4-S1, D4-S2", "S2"),
                Explanation.of("indicators.explain.weak-only", "D5", "D5-W1, D5-W2"),
                Explanation.of("indicators.explain.outcome.ADULT.DECEIVED_AND_EXPLOITED", "D1|D2|D3;D4;D5|D6"),
                Explanation.of("indicators.explain.screening-aid"));
        DimensionResult d1 = result.dimensions().getFirst();
        assertThat(d1.ticked()).extracting(Indicator::code).containsExactly("D1-M1", "D1-S1");
        assertThat(d1.satisfiedBy()).hasToString("S1+MW1");
    }

    @Test
    void unknownCodesAreRefusedByName() {
        assertThatThrownBy(() -> Assessor.assess(CATALOGUE, AgeGroup.ADULT, List.of("D1-S1", "ZZ-9", "AA-1")))
                .isInstanceOf(UnknownIndicatorsException.class)
                .satisfies(e -> assertThat(((UnknownIndicatorsException) e).codes()).containsExactly("AA-1", "ZZ-9"));
    }

    @Test
    void rulesAreDataThatRoundTripAndWeakOnlyRulesAreRefused() {
        assertThat(SufficiencyRule.parse("S2;S1+MW1;M3;M2+W1")).hasToString("S2;S1+MW1;M3;M2+W1");
        assertThat(DimensionRule.parse("D1|D2|D3;D4;D5|D6")).hasToString("D1|D2|D3;D4;D5|D6");
        assertThatThrownBy(() -> SufficiencyRule.parse("S2;W3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SufficiencyRule.parse("MW2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Combination.parse("X1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStricterCatalogueChangesTheResultWithoutCodeChanges() {
        Catalogue strict = new Catalogue("STRICT-1", ListType.ADULT_LABOUR, 2, "strict", false, false,
                SufficiencyRule.parse("S3"), CATALOGUE.adultRule(), CATALOGUE.childRule(), CATALOGUE.indicators());
        assertThat(Assessor.assess(strict, AgeGroup.CHILD, ticks(Dimension.D4, 2, 0, 0)).outcome())
                .isEqualTo(Outcome.INSUFFICIENT);
        assertThat(Assessor.assess(CATALOGUE, AgeGroup.CHILD, ticks(Dimension.D4, 2, 0, 0)).outcome())
                .isEqualTo(Outcome.PRESUMED_VICTIM);
    }
}
