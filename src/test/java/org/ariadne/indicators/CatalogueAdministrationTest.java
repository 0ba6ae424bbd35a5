package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class CatalogueAdministrationTest {

    @Autowired
    IndicatorService indicators;

    private static CatalogueDraft draft() {
        return new CatalogueDraft(ListType.CHILD_LABOUR, "Children, labour (national)", "circular",
                SufficiencyRule.parse("S1+MW1;M2"), DimensionRule.parse("D1|D2|D3;D4;D5|D6"), DimensionRule.parse("D4"),
                List.of(new Indicator("N-D4-01", Dimension.D4, Strength.M, false, new Labels("a", "b", "c")),
                        new Indicator("N-D4-02", Dimension.D4, Strength.M, false, new Labels("d", "e", "f"))));
    }

    @Test
    @WithUserDetails("admin")
    void anImportedVersionIsADraftUntilChosenAndThenNewAssessmentsUseIt() {
        String previous = indicators.activeCatalogue(ListType.CHILD_LABOUR).code();
        String code = indicators.importCatalogue(draft());
        assertThat(indicators.activeCatalogue(ListType.CHILD_LABOUR).code()).isEqualTo(previous);
        indicators.activate(code);
        Catalogue active = indicators.activeCatalogue(ListType.CHILD_LABOUR);
        assertThat(active.code()).isEqualTo(code);
        assertThat(indicators.evaluate(code, AgeGroup.CHILD, List.of("N-D4-01", "N-D4-02")).outcome())
                .isEqualTo(Outcome.PRESUMED_VICTIM);
        assertThat(indicators.catalogue(previous).indicators()).hasSize(65);
        indicators.activate(previous);
        assertThat(indicators.activeCatalogue(ListType.CHILD_LABOUR).code()).isEqualTo(previous);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void aCaseworkerMayNotImportOrActivate() {
        assertThatThrownBy(() -> indicators.importCatalogue(draft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.activate("ILOEC-AL-1")).isInstanceOf(AccessDeniedException.class);
    }
}
