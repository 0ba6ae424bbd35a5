package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ariadne.IntegrationTest;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.ActorType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PolicyServiceTest {

    @Autowired
    PolicyService policy;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void adoptingAPresetCreatesAVersionThatDecidesWhoMayDesignate() {
        policy.adoptPreset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES, LocalDate.now());
        PolicyDecision refused = policy.check(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_REASONABLE_GROUNDS);
        assertThat(refused.allowed()).isFalse();
        assertThat(policy.check(ActorType.POLICE, NrmFunction.DECIDE_REASONABLE_GROUNDS).allowed()).isTrue();

        PolicyProfile multi = policy.adoptPreset(PolicyPreset.MULTI_AGENCY, LocalDate.now());
        assertThat(policy.inForce().version()).isEqualTo(multi.version());
        assertThat(policy.check(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_REASONABLE_GROUNDS).allowed()).isTrue();
        assertThat(policy.history()).extracting(v -> v.profile().version()).contains(multi.version(), multi.version() - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'policy.version' AND object_ref = ?",
                Long.class, Integer.toString(multi.version()))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void aFutureVersionIsNotYetInForceAndThePastCannotBeRewritten() {
        int before = policy.inForce().version();
        // Far ahead: tests share one database, and one that moves the clock on must not meet this version.
        policy.setPermission(ActorType.HOTLINE, NrmFunction.REFER_TO_AUTHORITY, true, LocalDate.now().plusYears(50));
        assertThat(policy.inForce().version()).isEqualTo(before);
        assertThat(policy.inForce().permits(ActorType.HOTLINE, NrmFunction.REFER_TO_AUTHORITY)).isFalse();
        assertThatThrownBy(() -> policy.adoptPreset(PolicyPreset.MULTI_AGENCY, LocalDate.now().minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("labour.inspector")
    void everyoneReadsThePolicyButOnlyAdministratorsChangeIt() {
        assertThat(policy.inForce()).isNotNull();
        assertThatThrownBy(() -> policy.adoptPreset(PolicyPreset.MULTI_AGENCY, LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policy.setPermission(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_CONCLUSIVE, true,
                LocalDate.now())).isInstanceOf(AccessDeniedException.class);
    }
}
