package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.Fixture.applied;
import static org.ariadne.referrals.workflow.Fixture.at;
import static org.ariadne.referrals.workflow.Fixture.command;
import static org.ariadne.referrals.workflow.Fixture.open;
import static org.ariadne.referrals.workflow.Fixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.PolicyProfile;
import org.junit.jupiter.api.Test;

/** An adult who does not consent: a notification without identity that can later become a referral. */
class AnonymousNotificationTest {

    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, Fixture.ZONE);

    private static NrmCase notified() {
        return Fixture.step(WORKFLOW, open(WORKFLOW, false, at(0)), Transition.NOTIFY_ANONYMOUSLY, at(0, 30));
    }

    @Test
    void notificationDropsIdentityAndKeepsStatistics() {
        WorkflowResult.Applied result = applied(WORKFLOW.apply(open(WORKFLOW, false, at(0)),
                command(Transition.NOTIFY_ANONYMOUSLY, at(0, 30))));
        CaseFacts facts = result.nrmCase().facts();

        assertThat(result.nrmCase().stage()).isEqualTo(CaseStage.ANONYMOUS_NOTIFICATION);
        assertThat(facts.identityHeld()).isFalse();
        assertThat(facts.consent()).isEqualTo(ConsentStatus.DECLINED);
        assertThat(facts.detectedOn()).isEqualTo(Fixture.DAY_0);
        assertThat(facts.notifiedOn()).isEqualTo(Fixture.DAY_0);
        assertThat(result.followUps()).containsExactly(FollowUp.DISCARD_IDENTITY);
        assertThat(result.step().legalBasis()).isEqualTo(LegalBasis.DUTY_TO_NOTIFY);
    }

    @Test
    void upgradeTurnsTheNotificationIntoAReferralWithoutLosingAnything() {
        NrmCase notified = notified();

        WorkflowResult.Applied upgraded = applied(WORKFLOW.apply(notified,
                command(Transition.UPGRADE_TO_REFERRAL, at(20))));
        NrmCase after = upgraded.nrmCase();

        assertThat(after.stage()).isEqualTo(CaseStage.REFERRED);
        assertThat(after.history()).hasSize(3).startsWith(notified.history().toArray(TransitionRecord[]::new));
        assertThat(after.facts().detectedOn()).isEqualTo(notified.facts().detectedOn());
        assertThat(after.facts().notifiedOn()).isEqualTo(notified.facts().notifiedOn());
        assertThat(after.facts().child()).isEqualTo(notified.facts().child());
        assertThat(after.facts().identityHeld()).isTrue();
        assertThat(after.facts().consent()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(after.facts().referredOn()).isEqualTo(Fixture.DAY_0.plusDays(20));
        assertThat(after.justice()).isEqualTo(notified.justice());
        assertThat(upgraded.followUps()).containsExactly(FollowUp.COLLECT_IDENTITY);
        // the reasonable-grounds clock runs from the referral (Sunday 25 January), not from the notification
        assertThat(WORKFLOW.clock(after).orElseThrow().deadline().lastDay()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void anAnonymousNotificationCarriesNoCaseWork() {
        NrmCase notified = notified();

        for (Transition transition : new Transition[] {Transition.START_ASSISTANCE, Transition.REFER_TO_SERVICES,
                Transition.PRESUME_CHILD, Transition.REFER_TO_AUTHORITY, Transition.GIVE_CONSENT}) {
            assertThat(refused(WORKFLOW.apply(notified, command(transition, at(1)))).reason().key())
                    .as(transition.name()).isEqualTo("nrm.refused.stage");
        }
    }

    @Test
    void aChildIsNeverNotifiedAnonymously() {
        NrmCase child = open(WORKFLOW, true, at(0));

        assertThat(refused(WORKFLOW.apply(child, command(Transition.NOTIFY_ANONYMOUSLY, at(0, 5)))).reason())
                .isEqualTo(Message.of("nrm.refused.child-not-anonymous"));
    }

    @Test
    void onlyPublicBodiesNotifyAnonymouslyInBothPresets() {
        for (PolicyProfile policy : new PolicyProfile[] {PolicyProfile.lawEnforcementDesignates(LocalDate.of(2025, 1, 1)),
                PolicyProfile.multiAgency(LocalDate.of(2025, 1, 1))}) {
            NrmWorkflow workflow = new NrmWorkflow(policy, Fixture.ZONE);
            NrmCase detected = open(WORKFLOW, false, at(0));

            WorkflowResult byNgo = workflow.apply(detected, WorkflowCommand.of(Transition.NOTIFY_ANONYMOUSLY,
                    Fixture.performer(ActorType.NGO), at(0, 5), "declined referral"));
            WorkflowResult byLabourInspector = workflow.apply(detected, WorkflowCommand.of(Transition.NOTIFY_ANONYMOUSLY,
                    Fixture.performer(ActorType.LABOUR_INSPECTORATE), at(0, 5), "declined referral"));

            assertThat(refused(byNgo).reason()).isEqualTo(Message.of("nrm.policy.refused.NOTIFY_ANONYMOUSLY",
                    Message.of("actor-type.NGO"), 1));
            assertThat(byLabourInspector.applied()).isTrue();
        }
    }
}
