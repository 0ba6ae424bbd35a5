package org.ariadne.referrals.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ariadne.common.Message;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyDecision;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.deadlines.Countdown;
import org.ariadne.referrals.deadlines.DeadlineCalculator;
import org.ariadne.referrals.workflow.CommandDetails.Detection;
import org.ariadne.referrals.workflow.CommandDetails.JusticeUpdate;
import org.ariadne.referrals.workflow.CommandDetails.StepDetails;
import org.jspecify.annotations.Nullable;

/**
 * The NRM state machine under one national policy profile (the version in force when the step is
 * taken) and the country's time zone. Checks run in a fixed order, and the first failure is the
 * refusal: a reason is given, the step is not earlier than the last one, the stage allows it, the
 * details fit, national policy grants the function to the actor's type, the case facts allow it.
 */
public final class NrmWorkflow {

    private final PolicyProfile policy;
    private final DeadlineCalculator deadlines;

    public NrmWorkflow(PolicyProfile policy, ZoneId zone) {
        this.policy = policy;
        this.deadlines = DeadlineCalculator.of(policy, zone);
    }

    public PolicyProfile policy() {
        return policy;
    }

    public DeadlineCalculator deadlines() {
        return deadlines;
    }

    /** Opens a case with a {@link Transition#DETECT} command; a child's case alerts child protection at once. */
    public WorkflowResult open(WorkflowCommand command) {
        Optional<Message> refusal = openingRefusal(command);
        if (refusal.isPresent()) {
            return new WorkflowResult.Refused(command.transition(), null, refusal.get());
        }
        boolean child = ((Detection) command.details()).child();
        CaseFacts facts = CaseFacts.detected(deadlines.dayOf(command.at()), child);
        TransitionRecord step = record(command, null, CaseStage.DETECTED);
        NrmCase opened = new NrmCase(CaseStage.DETECTED, facts, JusticeFacts.NONE, List.of(step));
        return new WorkflowResult.Applied(opened, step,
                child ? Set.of(FollowUp.NOTIFY_CHILD_PROTECTION, FollowUp.OPEN_GUARDIAN_TASK) : Set.of());
    }

    public WorkflowResult apply(NrmCase nrmCase, WorkflowCommand command) {
        CaseStage stage = nrmCase.stage();
        Optional<Message> refusal = stepRefusal(command, nrmCase);
        if (refusal.isPresent()) {
            return new WorkflowResult.Refused(command.transition(), stage, refusal.get());
        }
        if (command.details() instanceof JusticeUpdate update) {
            // the criminal-justice track changes nothing else, and nothing else reads it
            TransitionRecord step = record(command, stage, stage);
            return new WorkflowResult.Applied(nrmCase.next(stage, nrmCase.facts(), update.facts(), step), step, Set.of());
        }
        Situation situation = new Situation(stage, nrmCase.facts(), (StepDetails) command.details(),
                deadlines.dayOf(command.at()), policy.clocks(), deadlines);
        Optional<Message> guard = Guards.check(command.transition(), situation);
        if (guard.isPresent()) {
            return new WorkflowResult.Refused(command.transition(), stage, guard.get());
        }
        Effects.Step effect = Effects.apply(command.transition(), situation);
        TransitionRecord step = record(command, stage, effect.to());
        return new WorkflowResult.Applied(nrmCase.next(effect.to(), effect.facts(), nrmCase.justice(), step), step,
                effect.followUps());
    }

    /** The legal clock the case waits on now, if any — for the decision queue. */
    public Optional<CaseClock> clock(NrmCase nrmCase) {
        return CaseClocks.current(nrmCase.stage(), nrmCase.facts(), policy.clocks(), deadlines);
    }

    /** Days remaining and the ON_TRACK / AT_RISK / OVERDUE mark, with the policy's at-risk threshold. */
    public Optional<Countdown> countdown(NrmCase nrmCase, Instant now) {
        return clock(nrmCase).map(clock -> deadlines.countdown(clock.deadline(), now, policy.clocks().atRiskDays()));
    }

    private Optional<Message> openingRefusal(WorkflowCommand command) {
        if (command.reason().isBlank()) {
            return Optional.of(Message.of("nrm.refused.reason-required"));
        }
        if (command.transition() != Transition.DETECT) {
            return Optional.of(Message.of("nrm.refused.open-with-detect"));
        }
        if (!(command.details() instanceof Detection)) {
            return Optional.of(Message.of("nrm.refused.details", Message.of(Transition.DETECT.messageKey())));
        }
        return policyRefusal(NrmFunction.SCREEN, command.by());
    }

    private Optional<Message> stepRefusal(WorkflowCommand command, NrmCase nrmCase) {
        Transition transition = command.transition();
        CaseStage stage = nrmCase.stage();
        if (command.reason().isBlank()) {
            return Optional.of(Message.of("nrm.refused.reason-required"));
        }
        if (command.at().isBefore(nrmCase.lastStepAt())) {
            return Optional.of(Message.of("nrm.refused.before-last-step"));
        }
        if (!StageTable.allows(stage, transition)) {
            return Optional.of(Message.of("nrm.refused.stage", Message.of(transition.messageKey()),
                    Message.of(stage.messageKey())));
        }
        if (!transition.detailsType().isInstance(command.details())) {
            return Optional.of(Message.of("nrm.refused.details", Message.of(transition.messageKey())));
        }
        return policyRefusal(transition.function(nrmCase.facts()).orElse(null), command.by());
    }

    private Optional<Message> policyRefusal(@Nullable NrmFunction function, Performer by) {
        if (function == null) {
            return Optional.empty();
        }
        return policy.check(by.actorType(), function) instanceof PolicyDecision.Refused refused
                ? Optional.of(refused.message()) : Optional.empty();
    }

    private TransitionRecord record(WorkflowCommand command, @Nullable CaseStage from, CaseStage to) {
        return new TransitionRecord(command.transition(), from, to, command.by(), command.at(), command.reason().strip(),
                command.effectiveLegalBasis(), command.legalReference().strip(), policy.version(), command.details());
    }
}
