package org.ariadne.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.statistics.internal.SyntheticFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /api/v1/statistics: the same roles and the same disclosure control as the screens; a
 * co-ordinator reaches no case endpoint; exports are audited.
 */
@IntegrationTest
class StatisticsApiTest {

    private static final String PASSWORD = "ariadne-demo";
    private static final int YEAR = 2012;

    @Autowired
    MockMvc mvc;
    @Autowired
    SyntheticFacts synthetic;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void facts() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact WHERE YEAR(ref_month) = ?", Long.class, YEAR) == 0) {
            synthetic.generate(700, YEAR, YEAR, 12);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"coordinator, 200", "admin, 200", "dpo, 200", "ngo.caseworker, 403", "police.officer, 403",
            "authority.decider, 403", "shelter.provider, 403", "child.protection, 403"})
    void indicatorSetByRole(String user, int expected) throws Exception {
        mvc.perform(get("/api/v1/statistics/indicators").param("year", "" + YEAR).with(httpBasic(user, PASSWORD)))
                .andExpect(status().is(expected));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/statistics/indicators").param("year", "" + YEAR)).andExpect(status().isUnauthorized());
    }

    @Test
    void aCoordinatorReachesNoCaseEndpoint() throws Exception {
        mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", PASSWORD))).andExpect(status().isForbidden());
        // A case read by code is refused like an unknown code, so a guess learns nothing.
        String code = jdbc.queryForList("SELECT code FROM case_record LIMIT 1", String.class).stream().findFirst()
                .orElse("2026-000001-X");
        String body = mvc.perform(get("/api/v1/cases/" + code).with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("\"person\"", "\"name\"");
    }

    @Test
    void everyPublishedCountIsZeroOrAtLeastKAndTheOutputSaysSo() throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/tables").param("rows", "REGION").param("columns", "FORM")
                        .param("year", "" + YEAR).with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disclosure.k").value(10))
                .andExpect(jsonPath("$.disclosure.note").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        List<List<Integer>> cells = JsonPath.read(body, "$.cells");
        long hidden = cells.stream().flatMap(List::stream).filter(v -> v == null).count();
        assertThat(hidden).as("a region x form table of 700 cases has small cells").isPositive();
        assertThat(cells.stream().flatMap(List::stream).filter(v -> v != null)).allMatch(v -> v == 0 || v >= 10);
        Integer suppressed = JsonPath.read(body, "$.disclosure.suppressedCells");
        assertThat(suppressed).isGreaterThanOrEqualTo((int) hidden);
    }

    @Test
    void theAnswerSetExportIsAuditedAndNamesTheControlApplied() throws Exception {
        long before = exports("answer-set");
        String csv = mvc.perform(get("/api/v1/statistics/indicators/export").param("year", "" + YEAR)
                        .param("format", "CSV").with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("disclosure_k", "rounding_base");
        assertThat(csv).contains("ID_BY_ACTOR", "TIME_TO_DECISION", "FORCED_CRIMINALITY");
        assertThat(exports("answer-set")).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/statistics/indicators/export").param("year", "" + YEAR).param("format", "XLSX")
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/statistics/indicators/export").param("year", "" + YEAR).param("format", "JSON")
                        .with(httpBasic("dpo", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.disclosureControl.k").value(10));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"coordinator, 200", "admin, 200", "dpo, 403", "ngo.caseworker, 403"})
    void theCaseLevelExportIsForCoordinatorsAndAdministrators(String user, int expected) throws Exception {
        mvc.perform(get("/api/v1/statistics/htcds").param("year", "" + YEAR).with(httpBasic(user, PASSWORD)))
                .andExpect(status().is(expected));
    }

    @Test
    void badPeriodIsRefusedWithAMessage() throws Exception {
        mvc.perform(get("/api/v1/statistics/tables").param("rows", "SEX").param("columns", "SEX").param("year", "2012")
                .with(httpBasic("coordinator", PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/statistics/indicators").param("from", "2012-13").param("to", "2012-01")
                .with(httpBasic("coordinator", PASSWORD))).andExpect(status().isBadRequest());
    }

    private long exports(String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'statistics.export' AND"
                + " object_type = ?", Long.class, type);
    }
}
