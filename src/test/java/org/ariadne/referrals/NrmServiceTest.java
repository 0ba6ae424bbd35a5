package org.ariadne.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.ariadne.IntegrationTest;
import org.ariadne.TestClock;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.cases.CaseService;
import org.ariadne.common.ConflictException;
import org.ariadne.common.RefusedException;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ClockKind;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The referral mechanism end to end in the service layer: real database, security, policy and audit. */
@IntegrationTest
class NrmServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseService cases;
    @Autowired
    NrmService nrm;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void submittingACasePutsItOnTheMechanismAsDetected() {
        CaseCode code = f.adult("ngo.caseworker", "Nrm Person One");
        NrmView view = f.view(code);
        assertThat(view.nrmCase().stage()).isEqualTo(CaseStage.DETECTED);
        assertThat(view.nrmCase().history()).extracting(s -> s.transition()).containsExactly(Transition.DETECT);
        assertThat(view.nrmCase().history().getFirst().by().username()).isEqualTo("ngo.caseworker");
    }

    @Test
    void ngoCaseworkerRefersAConsentingAdultAndThePoliceDecideWithTheRecoveryPeriodCountingDown() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Nrm Person Two");
        f.consent(code, "ngo.caseworker");
        NrmView referred = f.refer(code, "ngo.caseworker", "POL-CENTRAL");
        assertThat(referred.nrmCase().stage()).isEqualTo(CaseStage.REFERRED);
        assertThat(referred.clockKind()).isEqualTo(ClockKind.REASONABLE_GROUNDS_DECISION);
        assertThat(referred.authorityName()).isEqualTo("Central Police — Anti-Trafficking Unit");

        f.as("police.officer");
        assertThat(nrm.queue(0, 100)).anySatisfy(item -> {
            assertThat(item.code()).isEqualTo(code);
            assertThat(item.remaining()).isEqualTo(5);
            assertThat(item.status()).isEqualTo(DeadlineStatus.ON_TRACK);
        });
        NrmView decided = f.step(code, "police.officer", Transition.REASONABLE_GROUNDS_POSITIVE,
                "Credible account, indicators of forced labour");
        assertThat(decided.nrmCase().stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
        assertThat(decided.clockKind()).isEqualTo(ClockKind.RECOVERY_PERIOD_END);
        assertThat(decided.nrmCase().facts().recoveryPeriod().lastDay()).isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(decided.countdown().remaining()).isEqualTo(30);
        clock.advance(Duration.ofDays(10));
        assertThat(f.view(code).countdown().remaining()).isEqualTo(20);
    }

    @Test
    void aLabourInspectorIsRefusedADecisionUnderLawEnforcementDesignatesAndAllowedUnderMultiAgency() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("labour.inspector", "Nrm Person Three");
        f.consent(code, "labour.inspector");
        f.refer(code, "labour.inspector", "CA-NRM");
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        f.as("labour.inspector");
        long version = f.view(code).version();
        assertThatThrownBy(() -> nrm.step(code, StepRequest.of(Transition.REASONABLE_GROUNDS_POSITIVE,
                "Inspection findings", version)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.POLICY);
                    assertThat(e.messageKey()).isEqualTo("nrm.policy.refused.DECIDE_REASONABLE_GROUNDS");
                });
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.REFERRED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'referral.step' AND object_ref = ?"
                + " AND outcome = 'DENIED' AND username = 'labour.inspector'", Long.class, code.value())).isEqualTo(1);

        f.preset(PolicyPreset.MULTI_AGENCY);
        NrmView decided = f.step(code, "labour.inspector", Transition.REASONABLE_GROUNDS_POSITIVE, "Inspection findings");
        assertThat(decided.nrmCase().stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
    }

    @Test
    void twoSimultaneousDecisionsOneWinsTheOtherGetsAConflictAndNothingIsLost() {
        CaseCode code = f.adult("police.officer", "Nrm Person Four");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.as("authority.decider");
        long seen = f.view(code).version();
        nrm.step(code, StepRequest.of(Transition.REASONABLE_GROUNDS_POSITIVE, "First decider", seen));
        assertThatThrownBy(() -> nrm.step(code, StepRequest.of(Transition.REASONABLE_GROUNDS_NEGATIVE,
                "Second decider", seen))).isInstanceOf(ConflictException.class);
        NrmView after = f.view(code);
        assertThat(after.nrmCase().stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
        assertThat(after.nrmCase().history()).extracting(s -> s.reason()).contains("First decider")
                .doesNotContain("Second decider");
    }

    @Test
    void anotherOrganisationCannotReadOrStepAGuessedCaseAndIsAudited() {
        CaseCode code = f.adult("ngo.caseworker", "Nrm Person Five");
        f.as("ngo2.caseworker");
        assertThatThrownBy(() -> nrm.view(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> nrm.step(code, StepRequest.of(Transition.REFER_TO_AUTHORITY, "guess", 0)))
                .isInstanceOf(CaseNotAvailableException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'referral.read' AND object_ref = ?"
                + " AND outcome = 'DENIED' AND username = 'ngo2.caseworker'", Long.class, code.value())).isEqualTo(2);
    }

    @Test
    void theAuthorityReadsAReferredCaseOnlyWhileItIsReferred() {
        CaseCode code = f.adult("police.officer", "Nrm Person Six");
        f.as("authority.decider");
        assertThatThrownBy(() -> cases.get(code)).isInstanceOf(CaseNotAvailableException.class);
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.as("authority.decider");
        assertThat(cases.get(code).person().name()).isEqualTo("Nrm Person Six");
    }
}
