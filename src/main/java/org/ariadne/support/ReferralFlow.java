package org.ariadne.support;

import java.time.LocalDate;
import java.util.Optional;
import org.ariadne.common.Message;
import org.jspecify.annotations.Nullable;

/**
 * The hand-over rules of a service referral in plain Java: which action each state allows and the
 * state it leads to. A refusal names the action and the state that stand in the way.
 */
final class ReferralFlow {

    enum Action {
        ACCEPT,
        DECLINE,
        START_DELIVERY,
        END_DELIVERY,
        REVOKE,
        RATE,
        FEEDBACK;

        String messageKey() {
            return "support.action." + name();
        }
    }

    private ReferralFlow() {
    }

    /** The rule that forbids the action now, if any. */
    static Optional<Message> refusal(Action action, ServiceReferralStatus status, @Nullable LocalDate deliveryStart) {
        boolean allowed = switch (action) {
            case ACCEPT, DECLINE -> status == ServiceReferralStatus.PENDING;
            case START_DELIVERY -> status == ServiceReferralStatus.ACCEPTED;
            case END_DELIVERY -> status == ServiceReferralStatus.DELIVERING;
            case REVOKE -> status == ServiceReferralStatus.PENDING || status.givesAccess();
            case RATE, FEEDBACK -> deliveryStart != null;
        };
        if (allowed) {
            return Optional.empty();
        }
        if (action == Action.RATE || action == Action.FEEDBACK) {
            return Optional.of(Message.of("support.refused.not-delivered", Message.of(action.messageKey())));
        }
        return Optional.of(Message.of("support.refused.status", Message.of(action.messageKey()),
                Message.of(status.messageKey())));
    }

    /** The state after an allowed action. */
    static ServiceReferralStatus after(Action action, ServiceReferralStatus status) {
        return switch (action) {
            case ACCEPT -> ServiceReferralStatus.ACCEPTED;
            case DECLINE -> ServiceReferralStatus.DECLINED;
            case START_DELIVERY -> ServiceReferralStatus.DELIVERING;
            case END_DELIVERY -> ServiceReferralStatus.COMPLETED;
            case REVOKE -> ServiceReferralStatus.REVOKED;
            case RATE, FEEDBACK -> status;
        };
    }
}
