package org.ariadne.indicators.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void cataloguesAreListedWithTheirIndicators() throws Exception {
        mvc.perform(get("/api/v1/indicator-catalogues").with(httpBasic("ngo.caseworker", "ariadne-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", org.hamcrest.Matchers.hasItems("ILOEC-AL-1", "ILOEC-AS-1",
                        "ILOEC-CL-1", "ILOEC-CS-1")));
        mvc.perform(get("/api/v1/indicator-catalogues/ILOEC-AL-1").with(httpBasic("ngo.caseworker", "ariadne-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.length()").value(67))
                .andExpect(jsonPath("$.indicators[0].code").value("AL-D1-01"))
                .andExpect(jsonPath("$.indicators[0].dimension").value("D1"))
                .andExpect(jsonPath("$.indicators[0].strength").value("S"))
                .andExpect(jsonPath("$.indicators[0].labels.ru").isNotEmpty());
    }

    @Test
    void evaluationExplainsTheOutcomeAndTreatsAMinorAsAChild() throws Exception {
        mvc.perform(post("/api/v1/assessments/evaluate").with(httpBasic("labour.inspector", "ariadne-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"catalogueId\": \"ILOEC-CL-1\", \"dateOfBirth\": \"2015-01-01\","
                                + " \"ticked\": [\"CL-D4-01\", \"CL-D4-02\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ageGroup").value("CHILD"))
                .andExpect(jsonPath("$.outcome").value("PRESUMED_VICTIM"))
                .andExpect(jsonPath("$.dimensions[3].present").value(true))
                .andExpect(jsonPath("$.explanation[0].key").value("indicators.explain.present"));
    }

    @Test
    void unknownCodesAreA400NamingThem() throws Exception {
        mvc.perform(post("/api/v1/assessments/evaluate").with(httpBasic("ngo.caseworker", "ariadne-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"catalogueId\": \"ILOEC-AL-1\", \"ageGroup\": \"ADULT\","
                                + " \"ticked\": [\"AL-D1-01\", \"NOPE-1\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown indicator codes: NOPE-1."));
    }

    @Test
    void theIloIndicatorsPointAtTheItemsTheyEvidence() throws Exception {
        mvc.perform(get("/api/v1/ilo-forced-labour-indicators").with(httpBasic("labour.inspector", "ariadne-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(11))
                .andExpect(jsonPath("$[8].labels.en").value("Debt bondage"))
                .andExpect(jsonPath("$[8].evidencedBy[0]").value("AL-D2-04"));
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(get("/api/v1/indicator-catalogues")).andExpect(status().isUnauthorized());
    }
}
