package org.ariadne.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.base.ui.RecordNotAvailableView;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.PersonData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The object-level matrix by UI route: every demo user opens a case of the NGO Harbour Outreach by
 * its address. The owner's caseworker sees it; roles that may read cases see "not available"
 * (an audited refusal); roles that may not open case screens at all get the not-found page (an
 * audited refused view).
 */
@IntegrationTest
class CaseRouteMatrixTest extends SpringBrowserlessTest {

    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(String username) {
        SignedIn.as(users, username);
    }

    @ParameterizedTest(name = "{0} opening an NGO case: {1}")
    @CsvSource({
            "ngo.caseworker,    details",
            "ngo2.caseworker,   refused-record",
            "police.officer,    refused-record",
            "labour.inspector,  refused-record",
            "authority.decider, refused-record",
            "shelter.provider,  refused-view",
            "child.protection,  refused-record",
            "coordinator,       refused-view",
            "admin,             refused-view",
            "dpo,               refused-view"})
    void byAddress(String username, String expected) {
        actAs("ngo.caseworker");
        CaseCode code = cases.create(new CaseDraft(new PersonData("Route Person", null, LocalDate.of(1980, 2, 2), null,
                false, null, List.of(), List.of(), null, false, null, null), EncounterData.empty(),
                ExploitationData.empty(), false, 0)).details().code();
        actAs(username);
        String path = "cases/" + code.value();
        switch (expected) {
            case "details" -> {
                navigate(path, CaseDetailsView.class);
                assertThat(getCurrentView()).isInstanceOf(CaseDetailsView.class);
            }
            case "refused-record" -> {
                navigate(path, RecordNotAvailableView.class);
                assertThat(refusals(username, "case.read", code.value())).isEqualTo(1);
            }
            default -> {
                navigate(path, NotFoundView.class);
                assertThat(refusals(username, "view.open", path)).isEqualTo(1);
            }
        }
    }

    private long refusals(String username, String action, String ref) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = ? AND action = ? AND object_ref = ?"
                + " AND outcome = 'DENIED'", Long.class, username, action, ref);
    }
}
