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
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.ariadne.referrals.workflow.CommandDetails.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A child needs no consent; child protection is alerted, a guardian appointed, best interests determined before any return. */
class ChildPathTest {

    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, Fixture.ZONE);
    private static final NrmWorkflow NATIONAL = new NrmWorkflow(
            PolicyProfile.lawEnforcementDesignates(LocalDate.of(2025, 1, 1)), Fixture.ZONE);

    /** A child identified as a victim: referred without consent, positive decisions on days 2 and 33. */
    private static NrmCase identifiedChild() {
        NrmCase child = step(WORKFLOW, open(WORKFLOW, true, at(0)), Transition.REFER_TO_AUTHORITY, at(0, 10));
        child = step(WORKFLOW, child, Transition.REASONABLE_GROUNDS_POSITIVE, at(2));
        return step(WORKFLOW, child, Transition.CONCLUSIVE_POSITIVE, at(33));
    }

    @Test
    void detectingAChildAlertsChildProtectionAndOpensTheGuardianTask() {
        WorkflowResult.Applied opened = applied(WORKFLOW.open(
                command(Transition.DETECT, at(0), new CommandDetails.Detection(true))));

        assertThat(opened.followUps()).containsExactlyInAnyOrder(FollowUp.NOTIFY_CHILD_PROTECTION,
                FollowUp.OPEN_GUARDIAN_TASK);
        assertThat(opened.nrmCase().facts().guardian()).isEqualTo(GuardianStatus.TASK_OPEN);
        assertThat(opened.nrmCase().facts().consent()).isEqualTo(ConsentStatus.NOT_ASKED);
        assertThat(opened.step().from()).isNull();
        assertThat(opened.step().to()).isEqualTo(CaseStage.DETECTED);
    }

    @Test
    void aChildIsReferredWithoutConsent() {
        NrmCase referred = step(WORKFLOW, open(WORKFLOW, true, at(0)), Transition.REFER_TO_AUTHORITY, at(0, 10));

        assertThat(referred.stage()).isEqualTo(CaseStage.REFERRED);
        assertThat(referred.facts().consent()).isEqualTo(ConsentStatus.NOT_ASKED);
        assertThat(refused(WORKFLOW.apply(referred, command(Transition.WITHDRAW_CONSENT, at(1)))).reason())
                .isEqualTo(Message.of("nrm.refused.child-consent-not-basis"));
    }

    @Test
    void childProtectionAppointsTheGuardianOnceAndOthersMayNot() {
        NrmCase child = open(WORKFLOW, true, at(0));
        WorkflowCommand byChildProtection = WorkflowCommand.of(Transition.APPOINT_GUARDIAN,
                Fixture.performer(ActorType.CHILD_PROTECTION), at(1), "guardian appointed by court order");
        WorkflowCommand byNgo = WorkflowCommand.of(Transition.APPOINT_GUARDIAN, Fixture.performer(ActorType.NGO),
                at(1), "guardian appointed");

        NrmCase appointed = applied(NATIONAL.apply(child, byChildProtection)).nrmCase();

        assertThat(appointed.facts().guardian()).isEqualTo(GuardianStatus.APPOINTED);
        assertThat(appointed.stage()).isEqualTo(CaseStage.DETECTED);
        assertThat(refused(NATIONAL.apply(child, byNgo)).reason())
                .isEqualTo(Message.of("nrm.policy.refused.APPOINT_GUARDIAN", Message.of("actor-type.NGO"), 1));
        assertThat(refused(NATIONAL.apply(appointed, byChildProtection)).reason().key())
                .isEqualTo("nrm.refused.guardian-already-appointed");
    }

    @ParameterizedTest
    @EnumSource(value = ExitOutcome.class, names = {"VOLUNTARY_RETURN", "RESETTLEMENT"})
    void noReturnOrResettlementBeforeTheBestInterestsDetermination(ExitOutcome outcome) {
        NrmCase child = identifiedChild();

        WorkflowResult before = WORKFLOW.apply(child, command(Transition.RECORD_OUTCOME, at(34), new Exit(outcome)));
        NrmCase determined = step(WORKFLOW, child, Transition.RECORD_BEST_INTERESTS, at(34));
        WorkflowResult.Applied after = applied(WORKFLOW.apply(determined,
                command(Transition.RECORD_OUTCOME, at(35), new Exit(outcome))));

        assertThat(refused(before).reason()).isEqualTo(Message.of("nrm.refused.best-interests-required"));
        assertThat(determined.facts().bestInterestsOn()).isEqualTo(Fixture.DAY_0.plusDays(34));
        assertThat(after.nrmCase().stage()).isEqualTo(CaseStage.OUTCOME_RECORDED);
        assertThat(after.nrmCase().facts().outcome()).isEqualTo(outcome);
        assertThat(after.step().legalBasis()).isEqualTo(LegalBasis.COE_ART_16_RETURN);
    }

    @Test
    void socialInclusionNeedsNoDetermination() {
        WorkflowResult.Applied result = applied(WORKFLOW.apply(identifiedChild(),
                command(Transition.RECORD_OUTCOME, at(34), new Exit(ExitOutcome.SOCIAL_INCLUSION))));

        assertThat(result.nrmCase().stage()).isEqualTo(CaseStage.OUTCOME_RECORDED);
        assertThat(result.step().legalBasis()).isEqualTo(LegalBasis.COE_ART_12_ASSISTANCE);
    }

    @Test
    void aChildIsNotTransferredAbroadBeforeTheDetermination() {
        NrmCase child = identifiedChild();
        Closing transfer = new Closing(CloseReason.TRANSFERRED_ABROAD);

        assertThat(refused(WORKFLOW.apply(child, command(Transition.CLOSE, at(34), transfer))).reason().key())
                .isEqualTo("nrm.refused.best-interests-required");
        NrmCase determined = step(WORKFLOW, child, Transition.RECORD_BEST_INTERESTS, at(34));
        assertThat(step(WORKFLOW, determined, Transition.CLOSE, at(35), transfer).facts().closeReason())
                .isEqualTo(CloseReason.TRANSFERRED_ABROAD);
    }

    @Test
    void anAdultPresumedAChildLaterGetsTheChildPath() {
        NrmCase adult = open(WORKFLOW, false, at(0));

        WorkflowResult.Applied presumed = applied(WORKFLOW.apply(adult, command(Transition.PRESUME_CHILD, at(0, 30))));
        NrmCase referred = step(WORKFLOW, presumed.nrmCase(), Transition.REFER_TO_AUTHORITY, at(0, 40));

        assertThat(presumed.followUps()).containsExactlyInAnyOrder(FollowUp.NOTIFY_CHILD_PROTECTION,
                FollowUp.OPEN_GUARDIAN_TASK);
        assertThat(presumed.nrmCase().facts().child()).isTrue();
        assertThat(presumed.nrmCase().facts().guardian()).isEqualTo(GuardianStatus.TASK_OPEN);
        assertThat(presumed.step().legalBasis()).isEqualTo(LegalBasis.COE_ART_10_3_AGE_PRESUMPTION);
        assertThat(referred.stage()).isEqualTo(CaseStage.REFERRED);
    }

    @Test
    void anAdultMayReturnWithoutADetermination() {
        NrmCase adult = step(WORKFLOW, step(WORKFLOW, open(WORKFLOW, false, at(0)), Transition.GIVE_CONSENT, at(0, 5)),
                Transition.REFER_TO_AUTHORITY, at(0, 10));
        adult = step(WORKFLOW, adult, Transition.REASONABLE_GROUNDS_POSITIVE, at(2));

        // an adult may choose to return during the recovery period; no determination applies
        assertThat(applied(WORKFLOW.apply(adult, command(Transition.RECORD_OUTCOME, at(5),
                new Exit(ExitOutcome.VOLUNTARY_RETURN)))).nrmCase().stage()).isEqualTo(CaseStage.OUTCOME_RECORDED);
    }
}
