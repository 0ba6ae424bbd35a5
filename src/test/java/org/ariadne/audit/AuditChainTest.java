package org.ariadne.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The chain detects an edited row, and only the DPO may run the check. */
@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("dpo")
    void editedRowIsDetectedAtItsPosition() {
        trail.record(AuditEvent.success("case.read", "case", "2026-000001-X"));
        trail.record(AuditEvent.success("case.read", "case", "2026-000002-Y"));
        trail.record(AuditEvent.success("case.read", "case", "2026-000003-Z"));
        assertThat(audit.verifyChain().intact()).isTrue();

        Long tampered = jdbc.queryForObject(
                "SELECT id FROM audit_entry WHERE object_ref = '2026-000002-Y' ORDER BY id DESC LIMIT 1", Long.class);
        jdbc.update("UPDATE audit_entry SET username = 'someone.else' WHERE id = ?", tampered);
        try {
            ChainVerification result = audit.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).hasValue(tampered);
        } finally {
            jdbc.update("UPDATE audit_entry SET username = 'dpo' WHERE id = ?", tampered);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void onlyTheDpoMayVerify() {
        assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
    }
}
