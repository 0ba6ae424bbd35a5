package org.ariadne.referrals;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.cases.CaseHeader;
import org.ariadne.common.Message;
import org.ariadne.organisations.Actor;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.ExitOutcome;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.ariadne.referrals.workflow.NrmCase;
import org.ariadne.referrals.workflow.NrmWorkflow;
import org.ariadne.referrals.workflow.Performer;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.WorkflowCommand;
import org.ariadne.referrals.workflow.WorkflowResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The steps to offer a reader: those their role and reach allow at the case's stage, each tried
 * against the workflow without storing anything, so the screen can say which rule stands in the
 * way (national policy, consent, a clock) before anyone fills in a form.
 */
@Component
class StepOptions {

    private final java.time.Clock clock;

    StepOptions(java.time.Clock clock) {
        this.clock = clock;
    }

    /**
     * Steps offered by the screens of other features (service referrals, the criminal-justice
     * record). Consent steps are offered here and taken through the consent service.
     */
    private static final List<Transition> ELSEWHERE = List.of(Transition.DETECT, Transition.REFER_TO_SERVICES,
            Transition.RECORD_CRIMINAL_JUSTICE);

    /** Refusals that only say the step does not apply to this case: such steps are not offered at all. */
    private static final java.util.Set<String> NOT_APPLICABLE = java.util.Set.of("nrm.refused.stage",
            "nrm.refused.assistance-not-active", "nrm.refused.assistance-active", "nrm.refused.already-child",
            "nrm.refused.not-a-child", "nrm.refused.guardian-already-appointed", "nrm.refused.child-needs-no-consent",
            "nrm.refused.child-consent-not-basis", "nrm.refused.child-not-anonymous", "nrm.refused.already-reconsidered",
            "nrm.refused.recovery-period-not-running");

    List<StepOption> of(CaseHeader header, Actor actor, NrmCase nrmCase, NrmWorkflow workflow) {
        List<StepOption> options = new ArrayList<>();
        for (Transition transition : Transition.values()) {
            if (ELSEWHERE.contains(transition) || !StepRoles.may(actor, header.reach(), transition)) {
                continue;
            }
            Message refusal = tryStep(transition, actor, nrmCase, workflow, clock.instant());
            if (refusal == null || !NOT_APPLICABLE.contains(refusal.key())) {
                options.add(new StepOption(transition, refusal));
            }
        }
        return options;
    }

    /** Null when the step would be taken; otherwise the first rule that refuses it. */
    static @Nullable Message tryStep(Transition transition, Actor actor, NrmCase nrmCase, NrmWorkflow workflow,
                                    java.time.Instant now) {
        Message first = null;
        for (CommandDetails details : candidates(transition)) {
            WorkflowCommand command = new WorkflowCommand(transition, Performer.of(actor),
                    now.isBefore(nrmCase.lastStepAt()) ? nrmCase.lastStepAt() : now, "trial", null, "", details);
            WorkflowResult result = workflow.apply(nrmCase, command);
            if (result instanceof WorkflowResult.Refused refused) {
                first = first == null ? refused.reason() : first;
            } else {
                return null;
            }
        }
        return first;
    }

    private static List<CommandDetails> candidates(Transition transition) {
        return switch (transition) {
            case EXTEND_RECOVERY_PERIOD -> List.of(new CommandDetails.Extension(1));
            case END_RECOVERY_PERIOD_EARLY -> List.of(new CommandDetails.EarlyEnd(EarlyEndReason.PUBLIC_ORDER));
            case RECORD_OUTCOME -> List.of(new CommandDetails.Exit(ExitOutcome.SOCIAL_INCLUSION));
            case CLOSE -> java.util.Arrays.stream(CloseReason.values()).filter(r -> r != CloseReason.CONSENT_WITHDRAWN)
                    .map(r -> (CommandDetails) new CommandDetails.Closing(r)).toList();
            case RECORD_CRIMINAL_JUSTICE -> List.of(new CommandDetails.JusticeUpdate(JusticeFacts.NONE));
            default -> List.of(CommandDetails.NONE);
        };
    }
}
