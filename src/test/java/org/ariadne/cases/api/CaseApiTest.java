package org.ariadne.cases.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/cases: the same rules as the screens, over HTTP. */
@IntegrationTest
class CaseApiTest {

    private static final String PASSWORD = "ariadne-demo";
    private static final String CASE = """
            {"person": {"name": "Api Person", "aliases": null, "dateOfBirth": "1992-04-05", "estimatedAge": null,
                        "ageDisputed": false, "sex": "MALE", "citizenships": ["UA"], "languages": ["uk"],
                        "disability": null, "pregnant": false, "identityDocuments": null, "contact": null},
             "encounter": {"date": "2026-09-01", "region": "East", "municipality": null, "channel": "LABOUR_INSPECTION"},
             "exploitation": {"forms": ["FORCED_LABOUR"], "sexualTypes": [], "technologyFacilitated": false,
                              "platforms": null, "economicSector": "F", "recruitmentCountries": ["UA"],
                              "transitCountries": [], "exploitationCountries": ["PL"], "narrative": null},
             "submit": true, "version": 0}
            """;

    @Autowired
    MockMvc mvc;

    private String create(String user) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(httpBasic(user, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(CASE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.details.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.details.code");
    }

    @Test
    void caseworkerCreatesReadsListsAndUpdates() throws Exception {
        String code = create("labour.inspector");
        mvc.perform(get("/api/v1/cases/" + code).with(httpBasic("labour.inspector", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.name").value("Api Person"))
                .andExpect(jsonPath("$.identifyingActorType").value("LABOUR_INSPECTORATE"));
        mvc.perform(get("/api/v1/cases").param("code", code).with(httpBasic("labour.inspector", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(code))
                .andExpect(jsonPath("$[0].forms[0]").value("FORCED_LABOUR"));
        mvc.perform(put("/api/v1/cases/" + code).with(httpBasic("labour.inspector", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(CASE.replace("\"East\"", "\"West\"")
                                .replace("\"version\": 0", "\"version\": 99")))
                .andExpect(status().isConflict());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ngo.caseworker", "coordinator", "admin", "dpo", "shelter.provider"})
    void aGuessedCodeIsAnsweredNotFoundForEveryoneOutsideTheOrganisation(String user) throws Exception {
        String code = create("border.guard");
        mvc.perform(get("/api/v1/cases/" + code).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("cases.error.not-available"));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/cases").with(httpBasic("ngo.caseworker", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(CASE.replace("2026-09-01", "2099-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("encounter.date"));
        mvc.perform(post("/api/v1/cases").with(httpBasic("ngo.caseworker", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void coordinatorCannotListOrCreate() throws Exception {
        mvc.perform(get("/api/v1/cases").with(httpBasic("coordinator", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases").with(httpBasic("coordinator", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(CASE)).andExpect(status().isForbidden());
    }

    @Test
    void malformedCodeLooksLikeAnUnknownOne() throws Exception {
        mvc.perform(get("/api/v1/cases/not-a-code").with(httpBasic("ngo.caseworker", PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
