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
import org.ariadne.organisations.OrganisationId;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.junit.jupiter.api.Test;

/** Every step records who, for which organisation, when, why, on what legal basis and under which policy version. */
class StepRecordTest {

    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, Fixture.ZONE);

    @Test
    void aStepRecordsItsAuthorOrganisationTimeReasonAndLegalBasis() {
        Performer ngo = new Performer("a.petrova", new OrganisationId(42), ActorType.NGO);
        WorkflowCommand consent = new WorkflowCommand(Transition.GIVE_CONSENT, ngo, at(0, 15),
                "  consent explained with an interpreter  ", LegalBasis.NATIONAL_LAW, " Art. 12 Anti-Trafficking Act ",
                CommandDetails.NONE);

        TransitionRecord step = applied(WORKFLOW.apply(open(WORKFLOW, false, at(0)), consent)).step();

        assertThat(step).isEqualTo(new TransitionRecord(Transition.GIVE_CONSENT, CaseStage.DETECTED,
                CaseStage.CONSENTED, ngo, at(0, 15), "consent explained with an interpreter", LegalBasis.NATIONAL_LAW,
                "Art. 12 Anti-Trafficking Act", 1, CommandDetails.NONE));
    }

    @Test
    void withoutAChoiceTheStepsOwnLegalBasisIsRecorded() {
        TransitionRecord step = applied(WORKFLOW.apply(open(WORKFLOW, false, at(0)),
                command(Transition.GIVE_CONSENT, at(0, 5)))).step();

        assertThat(step.legalBasis()).isEqualTo(LegalBasis.INFORMED_CONSENT);
        assertThat(step.legalReference()).isEmpty();
        assertThat(step.by()).isEqualTo(Fixture.OFFICER);
    }

    @Test
    void thePolicyVersionInForceIsRecorded() {
        PolicyProfile second = Fixture.EVERYONE_MAY_DO_EVERYTHING.revise(LocalDate.of(2026, 1, 1));
        NrmWorkflow workflow = new NrmWorkflow(second, Fixture.ZONE);

        assertThat(applied(workflow.open(command(Transition.DETECT, at(0), new CommandDetails.Detection(false))))
                .step().policyVersion()).isEqualTo(2);
    }

    @Test
    void aStepWithoutAReasonIsRefused() {
        NrmCase detected = open(WORKFLOW, false, at(0));

        assertThat(refused(WORKFLOW.apply(detected, WorkflowCommand.of(Transition.GIVE_CONSENT, Fixture.OFFICER,
                at(0, 5), "   "))).reason()).isEqualTo(Message.of("nrm.refused.reason-required"));
        assertThat(refused(WORKFLOW.open(WorkflowCommand.of(Transition.DETECT, Fixture.OFFICER, at(0), "")
                .with(new CommandDetails.Detection(false)))).reason().key()).isEqualTo("nrm.refused.reason-required");
    }

    @Test
    void aStepCannotBeDatedBeforeThePreviousOne() {
        NrmCase consented = step(WORKFLOW, open(WORKFLOW, false, at(1)), Transition.GIVE_CONSENT, at(1, 30));

        WorkflowResult.Refused result = refused(WORKFLOW.apply(consented, command(Transition.REFER_TO_AUTHORITY, at(1, 29))));

        assertThat(result.reason()).isEqualTo(Message.of("nrm.refused.before-last-step"));
        assertThat(result.stage()).isEqualTo(CaseStage.CONSENTED);
        assertThat(WORKFLOW.apply(consented, command(Transition.REFER_TO_AUTHORITY, at(1, 30))).applied()).isTrue();
    }

    @Test
    void aStepWithTheWrongDetailsIsRefused() {
        NrmCase detected = open(WORKFLOW, false, at(0));

        assertThat(refused(WORKFLOW.apply(detected, command(Transition.CLOSE, at(0, 5)))).reason())
                .isEqualTo(Message.of("nrm.refused.details", Message.of("nrm.transition.CLOSE")));
        assertThat(refused(WORKFLOW.open(command(Transition.DETECT, at(0)))).reason().key())
                .isEqualTo("nrm.refused.details");
    }

    @Test
    void aCaseOpensOnlyWithADetection() {
        WorkflowResult.Refused result = refused(WORKFLOW.open(command(Transition.GIVE_CONSENT, at(0))));

        assertThat(result.reason()).isEqualTo(Message.of("nrm.refused.open-with-detect"));
        assertThat(result.stage()).isNull();
    }

    @Test
    void openingNeedsTheScreeningFunction() {
        NrmWorkflow national = new NrmWorkflow(PolicyProfile.multiAgency(LocalDate.of(2025, 1, 1)), Fixture.ZONE);
        WorkflowCommand byCoordinator = WorkflowCommand.of(Transition.DETECT,
                Fixture.performer(ActorType.COORDINATION_OFFICE), at(0), "seen in the statistics")
                .with(new CommandDetails.Detection(false));

        assertThat(refused(national.open(byCoordinator)).reason()).isEqualTo(Message.of("nrm.policy.refused.SCREEN",
                Message.of("actor-type.COORDINATION_OFFICE"), 1));
    }

    @Test
    void withdrawingConsentBeforeReferralReturnsToDetectedAndEndsAssistance() {
        NrmCase assisted = step(WORKFLOW, step(WORKFLOW, open(WORKFLOW, false, at(0)), Transition.GIVE_CONSENT, at(0, 5)),
                Transition.START_ASSISTANCE, at(0, 10));

        WorkflowResult.Applied withdrawn = applied(WORKFLOW.apply(assisted, command(Transition.WITHDRAW_CONSENT, at(1))));

        assertThat(withdrawn.nrmCase().stage()).isEqualTo(CaseStage.DETECTED);
        assertThat(withdrawn.nrmCase().facts().consent()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(withdrawn.nrmCase().facts().assistance()).isEqualTo(AssistanceStatus.ENDED);
        assertThat(withdrawn.followUps()).containsExactly(FollowUp.END_ASSISTANCE);
        // the person may still be notified anonymously, or consent again
        assertThat(WORKFLOW.apply(withdrawn.nrmCase(), command(Transition.NOTIFY_ANONYMOUSLY, at(2))).applied()).isTrue();
        assertThat(WORKFLOW.apply(withdrawn.nrmCase(), command(Transition.GIVE_CONSENT, at(2))).applied()).isTrue();
    }

    @Test
    void withdrawingConsentAfterReferralClosesTheCase() {
        NrmCase referred = step(WORKFLOW, step(WORKFLOW, open(WORKFLOW, false, at(0)), Transition.GIVE_CONSENT, at(0, 5)),
                Transition.REFER_TO_AUTHORITY, at(0, 10));

        NrmCase closed = applied(WORKFLOW.apply(referred, command(Transition.WITHDRAW_CONSENT, at(1)))).nrmCase();

        assertThat(closed.stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.facts().closeReason()).isEqualTo(CloseReason.CONSENT_WITHDRAWN);
    }

    @Test
    void closeReasonsFitTheStage() {
        NrmCase detected = open(WORKFLOW, false, at(0));
        NrmCase referred = step(WORKFLOW, step(WORKFLOW, detected, Transition.GIVE_CONSENT, at(0, 5)),
                Transition.REFER_TO_AUTHORITY, at(0, 10));

        assertThat(step(WORKFLOW, detected, Transition.CLOSE, at(1), new Closing(CloseReason.NOT_REFERRED)).stage())
                .isEqualTo(CaseStage.CLOSED);
        assertThat(refused(WORKFLOW.apply(referred, command(Transition.CLOSE, at(1), new Closing(CloseReason.NOT_REFERRED))))
                .reason()).isEqualTo(Message.of("nrm.refused.close-reason", Message.of("nrm.close-reason.NOT_REFERRED"),
                Message.of("nrm.stage.REFERRED")));
        for (CloseReason reason : new CloseReason[] {CloseReason.OUTCOME_ACHIEVED, CloseReason.NEGATIVE_DECISION_FINAL,
                CloseReason.CONSENT_WITHDRAWN}) {
            assertThat(refused(WORKFLOW.apply(referred, command(Transition.CLOSE, at(1), new Closing(reason)))).reason()
                    .key()).as(reason.name()).isEqualTo("nrm.refused.close-reason");
        }
        for (CloseReason reason : new CloseReason[] {CloseReason.DECEASED, CloseReason.DUPLICATE,
                CloseReason.LOST_CONTACT, CloseReason.TRANSFERRED_ABROAD}) {
            assertThat(WORKFLOW.apply(referred, command(Transition.CLOSE, at(1), new Closing(reason))).applied())
                    .as(reason.name()).isTrue();
        }
    }
}
