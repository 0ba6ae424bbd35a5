package org.ariadne.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.Channel;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.PersonData;
import org.ariadne.common.SystemJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The object-level matrix: every demo user x every relationship to a case x every operation, over
 * the REST API, allowed or refused exactly as the rules say, and every refusal audited. The
 * expectations come from the table below, written from the rules' text, not from the code.
 * It grows with each feature (sharing through referrals, break-glass, ...).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectAccessMatrixTest {

    /** user -> organisation code, may read own organisation's cases, may change them. */
    private record Who(String organisation, boolean reads, boolean changes) {
    }

    private static final Map<String, Who> USERS = Map.of(
            "ngo.caseworker", new Who("NGO-HARBOUR", true, true),
            "ngo2.caseworker", new Who("NGO-NORTHSTAR", true, true),
            "police.officer", new Who("POL-CENTRAL", true, true),
            "labour.inspector", new Who("LAB-INSP", true, true),
            "authority.decider", new Who("CA-NRM", true, false),
            "shelter.provider", new Who("SHELTER-SAFEHOUSE", false, false),
            "child.protection", new Who("CPS-CAPITAL", false, false),
            "coordinator", new Who("NCO", false, false),
            "admin", new Who("NCO", false, false),
            "dpo", new Who("NCO", false, false));

    /** The owners of the cases the matrix is run on: an NGO, the police, and nobody (unknown code). */
    private static final List<String> OWNERS = List.of("NGO-HARBOUR", "POL-CENTRAL", "NONE");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final java.util.Map<String, CaseCode> caseOf = new java.util.HashMap<>();

    @BeforeAll
    void recordOneCasePerOwner() {
        caseOf.put("NGO-HARBOUR", recordAs("ngo.caseworker"));
        caseOf.put("POL-CENTRAL", recordAs("police.officer"));
        caseOf.put("NONE", CaseCode.of(2026, 9_999_998));
        SecurityContextHolder.clearContext();
    }

    private CaseCode recordAs(String username) {
        SignedIn.as(users, username);
        return cases.create(new CaseDraft(new PersonData("Matrix Person", null, LocalDate.of(1980, 1, 1), null, false,
                null, List.of(), List.of(), null, false, null, null), new EncounterData(LocalDate.of(2026, 1, 1),
                "North", null, Channel.OTHER), ExploitationData.empty(), true, 0)).details().code();
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (var user : USERS.entrySet()) {
            for (String owner : OWNERS) {
                boolean own = user.getValue().organisation().equals(owner);
                rows.add(Arguments.of(user.getKey(), owner, "read", own && user.getValue().reads()));
                rows.add(Arguments.of(user.getKey(), owner, "update", own && user.getValue().changes()));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {2} a case of {1}: allowed={3}")
    @MethodSource("matrix")
    void everyUserEveryRelationshipEveryOperation(String user, String owner, String operation, boolean allowed)
            throws Exception {
        CaseCode code = caseOf.get(owner);
        long refusalsBefore = refusals(user, code);
        int status = switch (operation) {
            case "read" -> mvc.perform(get("/api/v1/cases/" + code.value()).with(httpBasic(user, "ariadne-demo")))
                    .andReturn().getResponse().getStatus();
            default -> mvc.perform(put("/api/v1/cases/" + code.value()).with(httpBasic(user, "ariadne-demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"person\": {}, \"encounter\": {}, \"exploitation\": {}, \"submit\": false,"
                                    + " \"version\": 99}"))
                    .andReturn().getResponse().getStatus();
        };
        if (allowed) {
            // Reading succeeds; a change reaches the optimistic-lock check (stale version), past authorisation.
            assertThat(status).isEqualTo(operation.equals("read") ? 200 : 409);
            assertThat(refusals(user, code)).isEqualTo(refusalsBefore);
        } else {
            assertThat(status).isIn(403, 404);
            assertThat(refusals(user, code)).isEqualTo(refusalsBefore + 1);
        }
    }

    private long refusals(String user, CaseCode code) {
        return SystemJob.run(() -> jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = ?"
                + " AND object_ref IN (?, '') AND outcome IN ('DENIED', 'FAILED')", Long.class, user, code.value()));
    }
}
