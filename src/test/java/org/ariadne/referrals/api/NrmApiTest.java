package org.ariadne.referrals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The referral mechanism over HTTP: the same rules as the screens, refusals as problem documents naming the rule. */
@IntegrationTest
class NrmApiTest {

    private static final String PASSWORD = "ariadne-demo";
    private static final String CASE = """
            {"person": {"name": "Api Nrm Person", "dateOfBirth": "1990-01-02", "ageDisputed": false, "sex": "FEMALE",
                        "citizenships": ["MD"], "languages": ["ro"], "pregnant": false},
             "encounter": {"date": "2026-11-20", "region": "Capital", "channel": "POLICE_OPERATION"},
             "exploitation": {"forms": ["SEXUAL_EXPLOITATION"], "sexualTypes": [], "technologyFacilitated": false},
             "submit": true, "version": 0}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    PolicyService policy;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void lawEnforcementDesignates() {
        SignedIn.as(users, "admin");
        policy.adoptPreset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES, LocalDate.now());
        SecurityContextHolder.clearContext();
    }

    private String create(String user) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(CASE)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.details.code");
    }

    private int version(String code, String user) throws Exception {
        String body = mvc.perform(get("/api/v1/cases/" + code + "/nrm").with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.version");
    }

    private String consent(int version) {
        return """
                {"scopes": ["REFERRAL", "SHARING"], "sharingWith": ["SHELTER-SAFEHOUSE"], "explainedBy": "Officer", "language": "ro",
                 "interpreter": true, "expectedVersion": %d}""".formatted(version);
    }

    private String step(String transition, int version, String extra) {
        return """
                {"transition": "%s", "reason": "Api reason", "expectedVersion": %d%s}""".formatted(transition, version, extra);
    }

    @Test
    void policeReferAndTheAuthorityDecidesOverHttpWithAConflictForAStaleVersion() throws Exception {
        String code = create("police.officer");
        mvc.perform(get("/api/v1/cases/" + code + "/nrm").with(httpBasic("police.officer", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("DETECTED"))
                .andExpect(jsonPath("$.options[?(@.transition == 'GIVE_CONSENT')].allowed").value(true));
        mvc.perform(post("/api/v1/cases/" + code + "/consent").with(httpBasic("police.officer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(consent(version(code, "police.officer"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("CONSENTED"));
        mvc.perform(post("/api/v1/cases/" + code + "/nrm/steps").with(httpBasic("police.officer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(step("REFER_TO_AUTHORITY", version(code, "police.officer"), ", \"authority\": \"CA-NRM\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("REFERRED"))
                .andExpect(jsonPath("$.clock").value("REASONABLE_GROUNDS_DECISION"));

        mvc.perform(get("/api/v1/decision-queue").with(httpBasic("authority.decider", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code", Matchers.hasItem(code)));
        int seen = version(code, "authority.decider");
        mvc.perform(post("/api/v1/cases/" + code + "/nrm/steps").with(httpBasic("authority.decider", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(step("REASONABLE_GROUNDS_POSITIVE", seen, "")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("RECOVERY_PERIOD"))
                .andExpect(jsonPath("$.countdown.remaining").value(30));
        mvc.perform(post("/api/v1/cases/" + code + "/nrm/steps").with(httpBasic("authority.decider", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(step("EXTEND_RECOVERY_PERIOD", seen,
                                ", \"extensionDays\": 10")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/" + code + "/timeline").with(httpBasic("police.officer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", Matchers.hasItem("Positive reasonable-grounds decision")));
    }

    @Test
    void aLabourInspectorsDecisionIsRefusedWithThePolicyRuleNamed() throws Exception {
        String code = create("labour.inspector");
        mvc.perform(post("/api/v1/cases/" + code + "/consent").with(httpBasic("labour.inspector", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(consent(version(code, "labour.inspector"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + code + "/nrm/steps").with(httpBasic("labour.inspector", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(step("REFER_TO_AUTHORITY", version(code, "labour.inspector"), ", \"authority\": \"CA-NRM\"")))
                .andExpect(status().isOk());
        int referred = version(code, "labour.inspector");
        mvc.perform(post("/api/v1/cases/" + code + "/nrm/steps").with(httpBasic("labour.inspector", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(step("REASONABLE_GROUNDS_POSITIVE", referred, "")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.rule").value("POLICY"))
                .andExpect(jsonPath("$.code").value("nrm.policy.refused.DECIDE_REASONABLE_GROUNDS"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Labour inspectorate")));
        assertThat(version(code, "labour.inspector")).isEqualTo(referred);
    }

    @Test
    void anotherOrganisationGuessingACodeGetsNotFoundAndAMissingDetailIsABadRequest() throws Exception {
        String code = create("police.officer");
        mvc.perform(get("/api/v1/cases/" + code + "/nrm").with(httpBasic("ngo2.caseworker", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/2026-999999-X/nrm").with(httpBasic("ngo2.caseworker", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + code + "/nrm/steps").with(httpBasic("police.officer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(step("CLOSE", version(code, "police.officer"), "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("closeReason"));
        mvc.perform(get("/api/v1/decision-queue").with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
