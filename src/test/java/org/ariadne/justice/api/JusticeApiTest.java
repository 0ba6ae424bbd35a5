package org.ariadne.justice.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.referrals.NrmFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/cases/{code}/justice: the same rules as the screen, over HTTP. */
@IntegrationTest
class JusticeApiTest {

    private static final String PASSWORD = "ariadne-demo";
    private static final String RECORD = """
            {"cooperation": "YES", "witness": "WITNESS",
             "offences": [{"description": "Document fraud", "linked": true}],
             "nonPunishment": "REQUESTED",
             "compensation": [{"source": "CIVIL_CLAIM", "claimed": true, "awarded": false, "paid": false,
                               "amount": 800, "currency": "MDL"}],
             "note": "", "version": VERSION}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    private CaseCode recorded() {
        CaseCode code = NrmFixture.of(context).adult("border.guard", "Justice Api Person");
        SecurityContextHolder.clearContext();
        return code;
    }

    @Test
    void theCaseworkerReadsAndReplacesTheRecordAndAStaleVersionIsAConflict() throws Exception {
        CaseCode code = recorded();
        String path = "/api/v1/cases/" + code.value() + "/justice";
        mvc.perform(get(path).with(httpBasic("border.guard", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.cooperation").value("NOT_RECORDED"))
                .andExpect(jsonPath("$.editable").value(true));
        mvc.perform(put(path).with(httpBasic("border.guard", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RECORD.replace("VERSION", "0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.offences[0].description").value("Document fraud"))
                .andExpect(jsonPath("$.compensation[2].source").value("CIVIL_CLAIM"))
                .andExpect(jsonPath("$.compensation[2].amount").value(800.0));
        mvc.perform(put(path).with(httpBasic("border.guard", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RECORD.replace("VERSION", "0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("justice.error.conflict"));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        CaseCode code = recorded();
        mvc.perform(put("/api/v1/cases/" + code.value() + "/justice").with(httpBasic("border.guard", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RECORD.replace("VERSION", "0").replace("\"MDL\"", "\"XYZ\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("compensation.CIVIL_CLAIM.currency"));
        mvc.perform(get("/api/v1/cases/" + code.value() + "/justice").with(httpBasic("border.guard", PASSWORD)))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aServiceProviderOrCoordinatorGetsNotFoundAndAnotherCaseworkerCannotChangeIt() throws Exception {
        CaseCode code = recorded();
        String path = "/api/v1/cases/" + code.value() + "/justice";
        for (String user : new String[] {"shelter.provider", "coordinator", "ngo.caseworker"}) {
            mvc.perform(get(path).with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("cases.error.not-available"));
            mvc.perform(put(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content(RECORD.replace("VERSION", "0")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/cases/not-a-code/justice").with(httpBasic("border.guard", PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
