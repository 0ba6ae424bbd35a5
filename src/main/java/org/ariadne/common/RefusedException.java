package org.ariadne.common;

/**
 * A rule refused the action and nothing changed: national policy, a role, or the state of the
 * record. The message names the rule; its arguments may be messages themselves (an actor type, a
 * function), translated when shown. Policy and role refusals map to HTTP 403, state refusals to 409.
 */
public class RefusedException extends TranslatableException {

    public enum Kind {
        POLICY,
        ROLE,
        STATE
    }

    private final Kind kind;

    public RefusedException(Kind kind, Message message) {
        super(message.key(), message.arguments().toArray());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
