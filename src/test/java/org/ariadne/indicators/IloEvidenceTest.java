package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The ILO forced-labour checklist as the database holds it after every changeset. */
@IntegrationTest
@WithUserDetails("ngo.caseworker")
class IloEvidenceTest {

    @Autowired
    IndicatorService indicators;

    @Test
    void intimidationAndThreatsIncludesEveryThreatAndViolenceOnFamily() {
        Map<String, Indicator> al = indicators.activeCatalogue(ListType.ADULT_LABOUR).byCode();
        IloIndicator threats = indicators.iloIndicators().stream().filter(i -> i.code().equals("ILO-06"))
                .findFirst().orElseThrow();
        var evidence = threats.evidencedBy().stream().map(al::get)
                .collect(Collectors.toMap(i -> i.dimension() + " " + i.labels().en(), Function.identity()));
        assertThat(evidence).containsKeys("D2 Violence on family (threats or actual)",
                "D5 Violence on family (threats or actual)", "D2 Threat of violence against the victim",
                "D5 Threats of violence against the victim", "D5 Threat to impose even worse working conditions");
        assertThat(evidence).hasSize(9);
    }
}
