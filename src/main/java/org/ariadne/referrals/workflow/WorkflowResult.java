package org.ariadne.referrals.workflow;

import java.util.Set;
import org.ariadne.common.Message;
import org.jspecify.annotations.Nullable;

/** The answer to a command: the case after the step, or a refusal with nothing changed. */
public sealed interface WorkflowResult {

    /**
     * @param followUps work the step hands on (alert child protection, discard identity, ...)
     */
    record Applied(NrmCase nrmCase, TransitionRecord step, Set<FollowUp> followUps) implements WorkflowResult {

        public Applied {
            followUps = Set.copyOf(followUps);
        }
    }

    /**
     * @param stage  the stage the case was in; null when no case could be opened
     * @param reason a message key naming the rule that refused, with its arguments
     */
    record Refused(Transition transition, @Nullable CaseStage stage, Message reason) implements WorkflowResult {
    }

    default boolean applied() {
        return this instanceof Applied;
    }
}
