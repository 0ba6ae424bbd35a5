package org.ariadne.referrals.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.policy.ClockSettings;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyProfile;

/**
 * Shared test scaffolding: a policy that grants every function to every actor type (so stage and
 * fact rules can be tested on their own), performers, and days counted from Monday 5 January 2026
 * in Berlin.
 */
final class Fixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY_0 = LocalDate.of(2026, 1, 5);
    static final PolicyProfile EVERYONE_MAY_DO_EVERYTHING = everything();
    static final Performer OFFICER = performer(ActorType.COMPETENT_AUTHORITY);

    private Fixture() {
    }

    static PolicyProfile everything() {
        Map<ActorType, Set<NrmFunction>> matrix = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            matrix.put(type, EnumSet.allOf(NrmFunction.class));
        }
        return new PolicyProfile(1, LocalDate.of(2025, 1, 1), matrix, ClockSettings.DEFAULTS, new TreeSet<>());
    }

    static Performer performer(ActorType type) {
        return new Performer(type.name().toLowerCase() + ".user", new OrganisationId(type.ordinal() + 100L), type);
    }

    /** 09:00 plus {@code minutes} in Berlin, {@code day} days after Monday 5 January 2026. */
    static Instant at(int day, int minutes) {
        return DAY_0.plusDays(day).atTime(LocalTime.of(9, 0)).plusMinutes(minutes).atZone(ZONE).toInstant();
    }

    static Instant at(int day) {
        return at(day, 0);
    }

    static WorkflowCommand command(Transition transition, Instant when) {
        return WorkflowCommand.of(transition, OFFICER, when, "recorded in test");
    }

    static WorkflowCommand command(Transition transition, Instant when, CommandDetails details) {
        return command(transition, when).with(details);
    }

    static NrmCase open(NrmWorkflow workflow, boolean child, Instant when) {
        return applied(workflow.open(command(Transition.DETECT, when, new CommandDetails.Detection(child)))).nrmCase();
    }

    static WorkflowResult.Applied applied(WorkflowResult result) {
        assertThat(result).as("step should be applied").isInstanceOf(WorkflowResult.Applied.class);
        return (WorkflowResult.Applied) result;
    }

    static WorkflowResult.Refused refused(WorkflowResult result) {
        assertThat(result).as("step should be refused").isInstanceOf(WorkflowResult.Refused.class);
        return (WorkflowResult.Refused) result;
    }

    /** Applies a step that the path requires to succeed. */
    static NrmCase step(NrmWorkflow workflow, NrmCase nrmCase, Transition transition, Instant when,
                        CommandDetails details) {
        return applied(workflow.apply(nrmCase, command(transition, when, details))).nrmCase();
    }

    static NrmCase step(NrmWorkflow workflow, NrmCase nrmCase, Transition transition, Instant when) {
        return step(workflow, nrmCase, transition, when, CommandDetails.NONE);
    }
}
