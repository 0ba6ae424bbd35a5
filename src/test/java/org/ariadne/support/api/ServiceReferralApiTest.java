package org.ariadne.support.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.support.SupportFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** /api/v1/service-referrals: the same rules as the screens, over HTTP. */
@IntegrationTest
class ServiceReferralApiTest {

    private static final String PASSWORD = "ariadne-demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    SupportFixture f;
    long shelter;

    @BeforeEach
    void setUp() {
        f = SupportFixture.of(context);
        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
        shelter = f.org(SupportFixture.SHELTER).value();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions send(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String refer(CaseCode code, String needs) {
        return """
                {"caseCode": "%s", "serviceType": "ACCOMMODATION", "providerId": %d, "needs": "%s"}
                """.formatted(code.value(), shelter, needs);
    }

    @Test
    void theWholeHandOverOverHttp() throws Exception {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Api Support Person", SupportFixture.SHELTER);
        String created = send("ngo.caseworker", "/api/v1/service-referrals", refer(code,
                "A bed for two weeks"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.providerName").value("Safe House Shelter"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String base = "/api/v1/service-referrals/" + id;

        mvc.perform(get("/api/v1/service-referrals").param("case", code.value()).with(httpBasic("ngo.caseworker",
                        PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayManage").value(true))
                .andExpect(jsonPath("$.referrals[0].id").value(id))
                .andExpect(jsonPath("$.referrals[0].needs").value("A bed for two weeks"));
        mvc.perform(get("/api/v1/service-referrals/inbox").with(httpBasic("shelter.provider", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", Matchers.hasItem((int) id)));
        mvc.perform(get(base).with(httpBasic("shelter.provider", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").doesNotExist())
                .andExpect(jsonPath("$.needs").doesNotExist());

        send("shelter.provider", base + "/accept", "{\"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.recipient.name").value("Api Support Person"))
                .andExpect(jsonPath("$.needs").value("A bed for two weeks"));
        send("shelter.provider", base + "/accept", "{\"version\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("support.error.conflict"));
        send("shelter.provider", base + "/delivery-start", "{\"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("DELIVERING"));
        send("ngo.caseworker", base + "/rating", "{\"version\": 2, \"rating\": 9}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("rating"));
        send("ngo.caseworker", base + "/rating", "{\"version\": 2, \"rating\": 5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseworkerRating").value(5));
        send("ngo.caseworker", base + "/feedback", "{\"rating\": 4, \"needsMet\": \"PARTLY\", \"personConsents\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feedback.needsMet").value("PARTLY"));
        send("shelter.provider", base + "/delivery-end", "{\"version\": 3}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("COMPLETED"))
                .andExpect(jsonPath("$.recipient").doesNotExist());
        send("ngo.caseworker", base + "/revoke", "{\"version\": 4}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("support.refused.status"))
                .andExpect(jsonPath("$.rule").value("STATE"));
    }

    @Test
    void refusalsAreProblemDocumentsNamingTheRuleOrTheField() throws Exception {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Api Support Refused", SupportFixture.SHELTER);
        send("ngo.caseworker", "/api/v1/service-referrals", refer(code, " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("needs"));
        send("ngo2.caseworker", "/api/v1/service-referrals", refer(code, "A bed"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("cases.error.not-available"));
        f.nrm().preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        send("ngo.caseworker", "/api/v1/service-referrals", refer(code, "A bed"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("POLICY"))
                .andExpect(jsonPath("$.code").value("nrm.policy.refused.REFER_TO_SERVICES"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("refer people to services")));
        send("ngo.caseworker", "/api/v1/service-referrals", "{\"caseCode\": \"not-a-code\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/service-referrals/inbox").with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/service-referrals/987654321").with(httpBasic("shelter.provider", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("support.error.not-available"));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/openapi").with(httpBasic("ngo.caseworker", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/service-referrals/{id}/accept'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/service-referrals/inbox'].get").exists());
    }
}
