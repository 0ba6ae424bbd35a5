package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.Fixture.applied;
import static org.ariadne.referrals.workflow.Fixture.at;
import static org.ariadne.referrals.workflow.Fixture.command;
import static org.ariadne.referrals.workflow.Fixture.open;
import static org.ariadne.referrals.workflow.Fixture.refused;
import static org.ariadne.referrals.workflow.Fixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ariadne.common.Message;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.deadlines.RecoveryPeriod;
import org.ariadne.referrals.workflow.CommandDetails.EarlyEnd;
import org.ariadne.referrals.workflow.CommandDetails.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The positive reasonable-grounds decision on day 2 (Wednesday 7 January 2026) opens a 30-day
 * recovery period whose last day is 6 February (day 32); the conclusive decision waits for it.
 */
class RecoveryPeriodRulesTest {

    private static final PolicyProfile POLICY = Fixture.EVERYONE_MAY_DO_EVERYTHING;
    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(POLICY, Fixture.ZONE);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 6);

    private static NrmCase referred(NrmWorkflow workflow) {
        NrmCase nrmCase = step(workflow, open(workflow, false, at(0)), Transition.GIVE_CONSENT, at(0, 5));
        return step(workflow, nrmCase, Transition.REFER_TO_AUTHORITY, at(0, 10));
    }

    private static NrmCase inRecovery(NrmWorkflow workflow) {
        return step(workflow, referred(workflow), Transition.REASONABLE_GROUNDS_POSITIVE, at(2));
    }

    @Test
    void aPositiveDecisionStartsTheRecoveryPeriodAndAssistanceAtOnce() {
        WorkflowResult.Applied decided = applied(WORKFLOW.apply(referred(WORKFLOW),
                command(Transition.REASONABLE_GROUNDS_POSITIVE, at(2))));
        CaseFacts facts = decided.nrmCase().facts();

        assertThat(facts.recoveryPeriod()).isEqualTo(RecoveryPeriod.starting(LocalDate.of(2026, 1, 7), 30));
        assertThat(facts.recoveryPeriod().lastDay()).isEqualTo(LAST_DAY);
        assertThat(facts.assistance()).isEqualTo(AssistanceStatus.ACTIVE);
        assertThat(decided.followUps()).containsExactlyInAnyOrder(FollowUp.START_RECOVERY_PERIOD, FollowUp.START_ASSISTANCE);
        assertThat(decided.step().legalBasis()).isEqualTo(LegalBasis.COE_ART_10_2_REASONABLE_GROUNDS);
    }

    @Test
    void assistanceAlreadyGivenIsNotStartedTwice() {
        NrmCase assisted = step(WORKFLOW, referred(WORKFLOW), Transition.START_ASSISTANCE, at(1));

        WorkflowResult.Applied decided = applied(WORKFLOW.apply(assisted,
                command(Transition.REASONABLE_GROUNDS_POSITIVE, at(2))));

        assertThat(decided.followUps()).containsExactly(FollowUp.START_RECOVERY_PERIOD);
    }

    @Test
    void noConclusiveDecisionOnTheLastDayOfThePeriod() {
        NrmCase recovery = inRecovery(WORKFLOW);

        WorkflowResult lastDay = WORKFLOW.apply(recovery, command(Transition.CONCLUSIVE_POSITIVE, at(32, 14 * 60)));
        WorkflowResult dayAfter = WORKFLOW.apply(recovery, command(Transition.CONCLUSIVE_POSITIVE, at(33)));

        assertThat(refused(lastDay).reason()).isEqualTo(Message.of("nrm.refused.recovery-period-running", LAST_DAY));
        assertThat(applied(dayAfter).nrmCase().stage()).isEqualTo(CaseStage.IDENTIFIED_VICTIM);
        assertThat(applied(dayAfter).nrmCase().facts().conclusive()).isEqualTo(Decision.positive(LAST_DAY.plusDays(1)));
    }

    @Test
    void policyMayAllowAConclusiveDecisionDuringThePeriod() {
        NrmWorkflow early = new NrmWorkflow(POLICY.withClocks(POLICY.clocks().withConclusiveBeforeRecoveryEnds(true)),
                Fixture.ZONE);

        NrmCase decided = applied(early.apply(inRecovery(early), command(Transition.CONCLUSIVE_NEGATIVE, at(10))))
                .nrmCase();

        assertThat(decided.stage()).isEqualTo(CaseStage.NOT_A_VICTIM);
        // the person keeps the rest of the period
        assertThat(decided.facts().recoveryPeriod().lastDay()).isEqualTo(LAST_DAY);
    }

    @Test
    void anExtensionPostponesTheConclusiveDecision() {
        WorkflowResult.Applied extended = applied(WORKFLOW.apply(inRecovery(WORKFLOW),
                command(Transition.EXTEND_RECOVERY_PERIOD, at(20), new Extension(14))));
        NrmCase recovery = extended.nrmCase();

        assertThat(recovery.facts().recoveryPeriod().lastDay()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(extended.step().legalBasis()).isEqualTo(LegalBasis.COE_ART_13_RECOVERY_PERIOD);
        assertThat(extended.step().details()).isEqualTo(new Extension(14));
        assertThat(WORKFLOW.apply(recovery, command(Transition.CONCLUSIVE_POSITIVE, at(46))).applied()).isFalse();
        assertThat(WORKFLOW.apply(recovery, command(Transition.CONCLUSIVE_POSITIVE, at(47))).applied()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, 366})
    void anExtensionNeedsASensibleNumberOfDays(int days) {
        assertThat(refused(WORKFLOW.apply(inRecovery(WORKFLOW),
                command(Transition.EXTEND_RECOVERY_PERIOD, at(20), new Extension(days)))).reason())
                .isEqualTo(Message.of("nrm.refused.extension-days", 1, 365));
    }

    @Test
    void anEarlyEndRecordsItsReasonAndOpensTheConclusiveDecisionNextDay() {
        WorkflowResult.Applied ended = applied(WORKFLOW.apply(inRecovery(WORKFLOW),
                command(Transition.END_RECOVERY_PERIOD_EARLY, at(9),
                        new EarlyEnd(EarlyEndReason.VICTIM_STATUS_IMPROPERLY_CLAIMED))));
        NrmCase recovery = ended.nrmCase();

        assertThat(recovery.stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
        assertThat(recovery.facts().recoveryPeriod().earlyEnd()).isEqualTo(new RecoveryPeriod.EarlyEnd(
                LocalDate.of(2026, 1, 14), EarlyEndReason.VICTIM_STATUS_IMPROPERLY_CLAIMED));
        assertThat(ended.step().legalBasis()).isEqualTo(LegalBasis.COE_ART_13_3_EARLY_END);
        assertThat(recovery.facts().assistance()).isEqualTo(AssistanceStatus.ACTIVE);
        assertThat(WORKFLOW.apply(recovery, command(Transition.CONCLUSIVE_NEGATIVE, at(9, 60))).applied()).isFalse();
        assertThat(WORKFLOW.apply(recovery, command(Transition.CONCLUSIVE_NEGATIVE, at(10))).applied()).isTrue();
        assertThat(refused(WORKFLOW.apply(recovery, command(Transition.EXTEND_RECOVERY_PERIOD, at(9, 60),
                new Extension(5)))).reason().key()).isEqualTo("nrm.refused.recovery-period-not-running");
    }

    @Test
    void thePeriodLengthComesFromThePolicyInForce() {
        NrmWorkflow longer = new NrmWorkflow(POLICY.withClocks(POLICY.clocks().withRecoveryPeriodDays(45)), Fixture.ZONE);

        assertThat(inRecovery(longer).facts().recoveryPeriod().lastDay()).isEqualTo(LocalDate.of(2026, 2, 21));
    }

    @Test
    void theQueueCountsDownToTheEndOfThePeriod() {
        NrmCase recovery = inRecovery(WORKFLOW);

        assertThat(WORKFLOW.clock(recovery).orElseThrow().kind()).isEqualTo(ClockKind.RECOVERY_PERIOD_END);
        assertThat(WORKFLOW.countdown(recovery, at(12)).orElseThrow().remaining()).isEqualTo(20);
        assertThat(WORKFLOW.countdown(recovery, at(30)).orElseThrow().status()).isEqualTo(DeadlineStatus.AT_RISK);
        assertThat(WORKFLOW.countdown(recovery, at(33)).orElseThrow().status()).isEqualTo(DeadlineStatus.OVERDUE);
    }
}
