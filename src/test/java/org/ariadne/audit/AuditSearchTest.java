package org.ariadne.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.common.SpreadsheetSafe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AuditSearchTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserDetailsService users;

    private void actAs(String username) {
        SignedIn.as(users, username);
    }

    @Test
    void theDpoFindsWhoReadACaseAndWhen() {
        actAs("police.officer");
        trail.record(AuditEvent.success("case.read", "case", "2026-004242-Q"));
        actAs("ngo2.caseworker");
        trail.record(AuditEvent.denied("case.read", "case", "2026-004242-Q"));
        actAs("dpo");
        var found = audit.search(new AuditFilter(null, null, "2026-004242-Q", "case.read", null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), 0, 50);
        assertThat(found).extracting(AuditEntry::username, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ngo2.caseworker", AuditOutcome.DENIED),
                        org.assertj.core.groups.Tuple.tuple("police.officer", AuditOutcome.SUCCESS));
        assertThat(found.getFirst().organisationCode()).isEqualTo("NGO-NORTHSTAR");
    }

    @Test
    void theExportIsSafeToOpenInASpreadsheetAndIsItselfAudited() {
        actAs("admin");
        trail.record(new AuditEvent("case.read", "case", "=HYPERLINK(\"x\")", AuditOutcome.FAILED, "+cmd"));
        actAs("dpo");
        String csv = new String(audit.exportCsv(new AuditFilter("admin", null, null, null, null, null, null)),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'+cmd").doesNotContain(",=HYPERLINK");
        assertThat(audit.search(new AuditFilter("dpo", null, null, "audit.export", null, null, null), 0, 5)).isNotEmpty();
    }

    @Test
    void onlyTheDpoSearches() {
        actAs("admin");
        assertThatThrownBy(() -> audit.search(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        actAs("coordinator");
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(SpreadsheetSafe.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetSafe.cell("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("2026-000001-Z")).isEqualTo("2026-000001-Z");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }
}
