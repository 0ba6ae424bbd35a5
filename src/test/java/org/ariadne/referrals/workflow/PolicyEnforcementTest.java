package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.Fixture.at;
import static org.ariadne.referrals.workflow.Fixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.StageTransitionTableTest.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * National policy is asked on every step: for both presets, every actor type and every step, the
 * step is taken exactly when the preset grants the step's function to the actor's type. Each step
 * is tried from a row of the stage table where, policy aside, it is allowed.
 */
class PolicyEnforcementTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    /** Where each step is tried, the function it needs (none: never blocked by policy), and its details. */
    private record Probe(Row row, NrmFunction function, CommandDetails details) {
    }

    private static final Map<Transition, Probe> PROBES = new EnumMap<>(Transition.class);

    static {
        CommandDetails none = CommandDetails.NONE;
        PROBES.put(Transition.GIVE_CONSENT, new Probe(Row.ADULT_DETECTED, NrmFunction.SCREEN, none));
        PROBES.put(Transition.WITHDRAW_CONSENT, new Probe(Row.CONSENTED, null, none));
        PROBES.put(Transition.NOTIFY_ANONYMOUSLY, new Probe(Row.ADULT_DETECTED, NrmFunction.NOTIFY_ANONYMOUSLY, none));
        PROBES.put(Transition.UPGRADE_TO_REFERRAL, new Probe(Row.ANONYMOUS, NrmFunction.REFER_TO_AUTHORITY, none));
        PROBES.put(Transition.REFER_TO_AUTHORITY, new Probe(Row.CONSENTED, NrmFunction.REFER_TO_AUTHORITY, none));
        PROBES.put(Transition.PRESUME_CHILD, new Probe(Row.ADULT_DETECTED, NrmFunction.SCREEN, none));
        PROBES.put(Transition.APPOINT_GUARDIAN, new Probe(Row.CHILD_DETECTED, NrmFunction.APPOINT_GUARDIAN, none));
        PROBES.put(Transition.RECORD_BEST_INTERESTS, new Probe(Row.CHILD_DETECTED, NrmFunction.APPOINT_GUARDIAN, none));
        PROBES.put(Transition.REASONABLE_GROUNDS_POSITIVE,
                new Probe(Row.REFERRED, NrmFunction.DECIDE_REASONABLE_GROUNDS, none));
        PROBES.put(Transition.REASONABLE_GROUNDS_NEGATIVE,
                new Probe(Row.REFERRED, NrmFunction.DECIDE_REASONABLE_GROUNDS, none));
        PROBES.put(Transition.EXTEND_RECOVERY_PERIOD, new Probe(Row.RECOVERY_RUNNING,
                NrmFunction.DECIDE_REASONABLE_GROUNDS, new CommandDetails.Extension(10)));
        PROBES.put(Transition.END_RECOVERY_PERIOD_EARLY, new Probe(Row.RECOVERY_RUNNING,
                NrmFunction.DECIDE_REASONABLE_GROUNDS, new CommandDetails.EarlyEnd(EarlyEndReason.PUBLIC_ORDER)));
        PROBES.put(Transition.CONCLUSIVE_POSITIVE, new Probe(Row.RECOVERY_OVER, NrmFunction.DECIDE_CONCLUSIVE, none));
        PROBES.put(Transition.CONCLUSIVE_NEGATIVE, new Probe(Row.RECOVERY_OVER, NrmFunction.DECIDE_CONCLUSIVE, none));
        PROBES.put(Transition.REQUEST_RECONSIDERATION, new Probe(Row.NEGATIVE_RG, NrmFunction.REFER_TO_AUTHORITY, none));
        PROBES.put(Transition.RECONSIDERATION_UPHELD,
                new Probe(Row.RECONSIDERING_RG, NrmFunction.DECIDE_REASONABLE_GROUNDS, none));
        PROBES.put(Transition.RECONSIDERATION_OVERTURNED,
                new Probe(Row.RECONSIDERING_CONCLUSIVE, NrmFunction.DECIDE_CONCLUSIVE, none));
        PROBES.put(Transition.START_ASSISTANCE, new Probe(Row.CONSENTED, NrmFunction.ASSIST, none));
        PROBES.put(Transition.REFER_TO_SERVICES, new Probe(Row.CONSENTED, NrmFunction.REFER_TO_SERVICES, none));
        PROBES.put(Transition.END_ASSISTANCE, new Probe(Row.IDENTIFIED, NrmFunction.ASSIST, none));
        PROBES.put(Transition.RECORD_CRIMINAL_JUSTICE, new Probe(Row.IDENTIFIED, null,
                new CommandDetails.JusticeUpdate(JusticeFacts.NONE)));
        PROBES.put(Transition.RECORD_OUTCOME, new Probe(Row.IDENTIFIED, null,
                new CommandDetails.Exit(ExitOutcome.SOCIAL_INCLUSION)));
        PROBES.put(Transition.CLOSE, new Probe(Row.IDENTIFIED, null,
                new CommandDetails.Closing(CloseReason.LOST_CONTACT)));
    }

    static Stream<Arguments> everyPresetActorTypeAndStep() {
        List<Arguments> all = new ArrayList<>();
        for (PolicyPreset preset : PolicyPreset.values()) {
            for (ActorType type : ActorType.values()) {
                for (Transition transition : PROBES.keySet()) {
                    all.add(Arguments.of(preset, type, transition));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("everyPresetActorTypeAndStep")
    void stepIsTakenExactlyWhenThePresetGrantsItsFunction(PolicyPreset preset, ActorType type, Transition transition) {
        Probe probe = PROBES.get(transition);
        PolicyProfile policy = PolicyProfile.of(preset, FROM);
        NrmWorkflow workflow = new NrmWorkflow(policy, Fixture.ZONE);
        NrmCase nrmCase = StageTransitionTableTest.reach(probe.row());
        WorkflowCommand command = WorkflowCommand.of(transition, Fixture.performer(type), probe.row().probe, "probe")
                .with(probe.details());

        WorkflowResult result = workflow.apply(nrmCase, command);

        boolean granted = probe.function() == null || policy.permits(type, probe.function());
        assertThat(result.applied()).isEqualTo(granted);
        if (!granted) {
            assertThat(refused(result).reason()).isEqualTo(Message.of("nrm.policy.refused." + probe.function().name(),
                    Message.of("actor-type." + type.name()), 1));
        }
    }

    @Test
    void everyStepButOpeningIsProbed() {
        assertThat(PROBES.keySet()).containsExactlyInAnyOrder(Stream.of(Transition.values())
                .filter(t -> t != Transition.DETECT).toArray(Transition[]::new));
    }

    @Test
    void examplesFromTheTwoModels() {
        NrmWorkflow lawEnforcement = new NrmWorkflow(PolicyProfile.lawEnforcementDesignates(FROM), Fixture.ZONE);
        NrmWorkflow multiAgency = new NrmWorkflow(PolicyProfile.multiAgency(FROM), Fixture.ZONE);
        NrmCase referred = StageTransitionTableTest.reach(Row.REFERRED);
        NrmCase consented = StageTransitionTableTest.reach(Row.CONSENTED);
        WorkflowCommand inspectorDecides = WorkflowCommand.of(Transition.REASONABLE_GROUNDS_POSITIVE,
                Fixture.performer(ActorType.LABOUR_INSPECTORATE), at(2), "forced labour on a farm");
        WorkflowCommand ngoRefersToShelter = WorkflowCommand.of(Transition.REFER_TO_SERVICES,
                Fixture.performer(ActorType.NGO), at(1), "needs a shelter place");

        assertThat(refused(lawEnforcement.apply(referred, inspectorDecides)).reason().key())
                .isEqualTo("nrm.policy.refused.DECIDE_REASONABLE_GROUNDS");
        assertThat(multiAgency.apply(referred, inspectorDecides).applied()).isTrue();
        assertThat(refused(lawEnforcement.apply(consented, ngoRefersToShelter)).reason().key())
                .isEqualTo("nrm.policy.refused.REFER_TO_SERVICES");
        assertThat(multiAgency.apply(consented, ngoRefersToShelter).applied()).isTrue();
    }
}
