package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The assessor on the real A-L and C-L lists: explanations, near misses and refused input. */
class AssessorOnShippedListsTest {

    private static final Catalogue AL = ShippedData.catalogue("ILOEC-AL-1", ListType.ADULT_LABOUR);
    private static final Catalogue CL = ShippedData.catalogue("ILOEC-CL-1", ListType.CHILD_LABOUR);

    @Test
    void explanationWalksTheDimensionsInOrderThenGivesTheOutcomeAndTheCaveat() {
        // D1: deceived about the job (S) and wages (M); D3: two medium items only; D4: excessive hours (S) and
        // low salary (M); D6: its two weak items only; nothing in D2 or D5.
        var ticked = List.of("AL-D6-07", "AL-D1-08", "AL-D3-02", "AL-D4-04", "AL-D1-01", "AL-D3-01", "AL-D4-01",
                "AL-D6-06");
        AssessmentResult result = Assessor.assess(AL, AgeGroup.ADULT, ticked);

        assertThat(result.outcome()).isEqualTo(Outcome.DECEIVED_AND_EXPLOITED);
        assertThat(result.catalogueCode()).isEqualTo("ILOEC-AL-1");
        assertThat(result.explanation()).containsExactly(
                Explanation.of("indicators.explain.present", "D1", "AL-D1-01, AL-D1-08", "S1+MW1"),
                Explanation.of("indicators.explain.not-enough", "D3", "AL-D3-01, AL-D3-02"),
                Explanation.of("indicators.explain.present", "D4", "AL-D4-01, AL-D4-04", "S1+MW1"),
                Explanation.of("indicators.explain.weak-only", "D6", "AL-D6-06, AL-D6-07"),
                Explanation.of("indicators.explain.outcome.ADULT.DECEIVED_AND_EXPLOITED", "D1|D2|D3;D4;D5|D6"),
                Explanation.of("indicators.explain.screening-aid"));
        assertThat(result.dimensions()).extracting(DimensionResult::dimension).containsExactly(Dimension.values());
        assertThat(result.dimensions().get(Dimension.D3.ordinal()).ticked()).extracting(Indicator::code)
                .containsExactly("AL-D3-01", "AL-D3-02");
        assertThat(result.dimensions().get(Dimension.D2.ordinal()).ticked()).isEmpty();
    }

    @Test
    void aChildNeedsNoMeansOnlyExploitativeConditions() {
        AssessmentResult result = Assessor.assess(CL, AgeGroup.CHILD, List.of("CL-D4-01", "CL-D4-08"));
        assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM);
        assertThat(result.explanation()).contains(
                Explanation.of("indicators.explain.outcome.CHILD.PRESUMED_VICTIM", "D4"));
        // The same ticks for an adult show exploitation only.
        assertThat(Assessor.assess(CL, AgeGroup.ADULT, List.of("CL-D4-01", "CL-D4-08")).outcome())
                .isEqualTo(Outcome.EXPLOITED_ONLY);
    }

    @Test
    void noWeakTierForChildrenMeansNoAccessToEducationNowCounts() {
        // "No access to education" is weak for adults (alone with one medium: not enough), medium for children.
        var adult = Assessor.assess(AL, AgeGroup.ADULT, List.of("AL-D4-02", "AL-D4-03", "AL-D4-09"));
        var child = Assessor.assess(CL, AgeGroup.CHILD, List.of("CL-D4-02", "CL-D4-03", "CL-D4-08"));
        assertThat(adult.present()).contains(Dimension.D4);
        assertThat(adult.dimensions().get(Dimension.D4.ordinal()).satisfiedBy()).hasToString("M2+W1");
        assertThat(child.dimensions().get(Dimension.D4.ordinal()).satisfiedBy()).hasToString("M3");
        var adultShort = Assessor.assess(AL, AgeGroup.ADULT, List.of("AL-D4-02", "AL-D4-09"));
        assertThat(adultShort.present()).doesNotContain(Dimension.D4);
    }

    @Test
    void tickingTheSameIndicatorTwiceCountsOnce() {
        var result = Assessor.assess(AL, AgeGroup.ADULT, List.of("AL-D4-01", "AL-D4-01"));
        assertThat(result.present()).isEmpty();
        assertThat(result.dimensions().get(Dimension.D4.ordinal()).ticked()).hasSize(1);
    }

    @Test
    void codesOfAnotherListAreRefusedByName() {
        assertThatThrownBy(() -> Assessor.assess(CL, AgeGroup.CHILD, List.of("CL-D4-01", "AL-D4-01", "AL-D1-01")))
                .isInstanceOfSatisfying(UnknownIndicatorsException.class,
                        e -> assertThat(e.codes()).containsExactly("AL-D1-01", "AL-D4-01"));
    }

    @Test
    void nothingTickedIsInsufficientWithOnlyTheOutcomeAndTheCaveat() {
        var result = Assessor.assess(AL, AgeGroup.ADULT, List.of());
        assertThat(result.outcome()).isEqualTo(Outcome.INSUFFICIENT);
        assertThat(result.present()).isEmpty();
        assertThat(result.explanation()).extracting(Explanation::key).containsExactly(
                "indicators.explain.outcome.ADULT.INSUFFICIENT", "indicators.explain.screening-aid");
    }

    /** Many weak ticks never make up for a missing strong or second medium one. */
    @ParameterizedTest(name = "{0} strong, {1} medium, {2} weak -> {3}")
    @CsvSource({"0,0,10,false", "0,1,10,false", "1,0,10,true", "0,2,10,true", "1,0,0,false", "0,2,0,false"})
    void manyWeakIndicators(int strong, int medium, int weak, boolean present) {
        List<Indicator> items = new ArrayList<>();
        List<String> ticked = new ArrayList<>();
        add(items, ticked, Strength.S, strong);
        add(items, ticked, Strength.M, medium);
        add(items, ticked, Strength.W, weak);
        Catalogue catalogue = new Catalogue("MANY-1", ListType.ADULT_LABOUR, 1, "many", false, false,
                SufficiencyRule.parse(ShippedData.SUFFICIENCY), DimensionRule.parse(ShippedData.ADULT_RULE),
                DimensionRule.parse(ShippedData.CHILD_RULE), items);
        assertThat(Assessor.assess(catalogue, AgeGroup.ADULT, ticked).present().contains(Dimension.D5))
                .isEqualTo(present);
    }

    private static void add(List<Indicator> items, List<String> ticked, Strength strength, int n) {
        for (int i = 0; i < n; i++) {
            String code = "D5-" + strength + i;
            items.add(new Indicator(code, Dimension.D5, strength, false, new Labels("x", "x", "x")));
            ticked.add(code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_ru"})
    void everyExplanationKeyTheAssessorCanProduceIsTranslated(String suffix) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/indicators" + suffix + ".properties")) {
            assertThat(in).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>(List.of("indicators.explain.present", "indicators.explain.weak-only",
                "indicators.explain.not-enough", "indicators.explain.screening-aid", "indicators.error.unknown-codes"));
        for (AgeGroup age : AgeGroup.values()) {
            for (Outcome outcome : Outcome.values()) {
                keys.add("indicators.explain.outcome." + age + "." + outcome);
            }
        }
        for (Dimension d : Dimension.values()) {
            keys.add("indicators.dimension." + d);
        }
        assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
