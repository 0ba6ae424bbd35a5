package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The catalogues as Liquibase loads them into the real database. */
@IntegrationTest
@WithUserDetails("ngo.caseworker")
class ShippedCataloguesTest {

    @Autowired
    IndicatorService indicators;

    private static Map<Dimension, Long> perDimension(Catalogue c) {
        return c.indicators().stream().collect(Collectors.groupingBy(Indicator::dimension, Collectors.counting()));
    }

    @Test
    void adultLabourHas67IndicatorsSplitAsTheDelphiSurvey() {
        Catalogue al = indicators.activeCatalogue(ListType.ADULT_LABOUR);
        assertThat(al.indicators()).hasSize(67);
        assertThat(perDimension(al)).containsExactlyInAnyOrderEntriesOf(Map.of(Dimension.D1, 10L, Dimension.D2, 10L,
                Dimension.D3, 16L, Dimension.D4, 9L, Dimension.D5, 15L, Dimension.D6, 7L));
        assertThat(al.unverified()).isFalse();
        assertThat(al.indicators()).allSatisfy(i -> assertThat(i.labels().fr()).isNotBlank());
    }

    @Test
    void childLabourHas65IndicatorsAndNoWeakTier() {
        Catalogue cl = indicators.activeCatalogue(ListType.CHILD_LABOUR);
        assertThat(cl.indicators()).hasSize(65);
        assertThat(cl.indicators()).noneMatch(i -> i.strength() == Strength.W);
        Map<String, Indicator> byLabel = cl.indicators().stream()
                .collect(Collectors.toMap(i -> i.dimension() + i.labels().en(), Function.identity()));
        assertThat(byLabel.get("D2Debt bondage").strength()).isEqualTo(Strength.S);
    }

    @Test
    void sexualListsAreFlaggedUnverifiedAndForcedClientsIsStrong() {
        Catalogue as = indicators.activeCatalogue(ListType.ADULT_SEXUAL);
        assertThat(as.unverified()).isTrue();
        assertThat(as.indicators()).allMatch(Indicator::unverified);
        assertThat(as.indicators()).filteredOn(i -> i.labels().en().equals("Forced tasks or clients"))
                .singleElement().extracting(Indicator::strength).isEqualTo(Strength.S);
        assertThat(as.indicators()).filteredOn(i -> i.dimension() == Dimension.D4)
                .noneMatch(i -> i.strength() == Strength.S);
    }

    @Test
    void escalationDocumentsAreMediumAtRecruitmentAndStrongAtDestination() {
        Catalogue al = indicators.activeCatalogue(ListType.ADULT_LABOUR);
        assertThat(al.indicators()).filteredOn(i -> i.labels().en().equals("Confiscation of documents"))
                .extracting(i -> i.dimension() + ":" + i.strength()).containsExactlyInAnyOrder("D2:M", "D5:S");
    }

    @Test
    void theElevenIloIndicatorsEachPointAtDelphiItems() {
        var ilo = indicators.iloIndicators();
        assertThat(ilo).hasSize(11);
        var codes = indicators.activeCatalogue(ListType.ADULT_LABOUR).byCode().keySet();
        assertThat(ilo).allSatisfy(i -> assertThat(i.evidencedBy()).isNotEmpty().allMatch(codes::contains));
    }

    @Test
    void aRealAssessmentOnTheShippedList() {
        Catalogue al = indicators.activeCatalogue(ListType.ADULT_LABOUR);
        // deceived about the job (D1 strong) + about wages (D1 medium); excessive hours (D4 strong) + low salary
        // (D4 medium); confiscation of documents and debt bondage at destination (D5 strong x2).
        var result = indicators.evaluate(al.code(), AgeGroup.ADULT,
                java.util.List.of("AL-D1-01", "AL-D1-08", "AL-D4-01", "AL-D4-04", "AL-D5-01", "AL-D5-02"));
        assertThat(result.outcome()).isEqualTo(Outcome.PRESUMED_VICTIM);
        assertThat(result.present()).containsExactlyInAnyOrder(Dimension.D1, Dimension.D4, Dimension.D5);
    }
}
