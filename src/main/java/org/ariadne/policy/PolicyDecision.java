package org.ariadne.policy;

import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;

/** The answer of national policy to "may this actor type perform this function?". */
public sealed interface PolicyDecision {

    ActorType actorType();

    NrmFunction function();

    /** The profile version that answered, for the audit trail. */
    int policyVersion();

    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The matrix cell that decided, e.g. {@code POLICE:DECIDE_CONCLUSIVE}, stable for audit and logs. */
    default String rule() {
        return actorType().name() + ":" + function().name();
    }

    record Allowed(ActorType actorType, NrmFunction function, int policyVersion) implements PolicyDecision {
    }

    record Refused(ActorType actorType, NrmFunction function, int policyVersion) implements PolicyDecision {

        /** Names the function in the key and the actor type and policy version in the arguments. */
        public Message message() {
            return Message.of("nrm.policy.refused." + function.name(),
                    Message.of("actor-type." + actorType.name()), policyVersion);
        }
    }
}
