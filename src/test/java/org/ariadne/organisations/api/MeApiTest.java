package org.ariadne.organisations.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/me with HTTP Basic (embedded default) and the problem documents of refusals. */
@IntegrationTest
class MeApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void returnsTheCallersRolesOrganisationAndActorType() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("police.officer", "ariadne-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("police.officer"))
                .andExpect(jsonPath("$.roles[0]").value("CASEWORKER"))
                .andExpect(jsonPath("$.roles[1]").value("DECISION_MAKER"))
                .andExpect(jsonPath("$.organisation.code").value("POL-CENTRAL"))
                .andExpect(jsonPath("$.actorType").value("POLICE"));
    }

    @Test
    void anonymousCallGetsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void wrongPasswordIsRefusedWithoutDetail() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("police.officer", "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Authentication is required to use this API."));
    }

    @Test
    void openApiDocumentIsPublished() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }
}
