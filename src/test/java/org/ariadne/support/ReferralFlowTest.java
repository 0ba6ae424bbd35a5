package org.ariadne.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ariadne.support.ReferralFlow.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hand-over table, every action from every state, written from the rules' text. */
class ReferralFlowTest {

    private static final Map<Action, Set<ServiceReferralStatus>> ALLOWED_FROM = Map.of(
            Action.ACCEPT, EnumSet.of(ServiceReferralStatus.PENDING),
            Action.DECLINE, EnumSet.of(ServiceReferralStatus.PENDING),
            Action.START_DELIVERY, EnumSet.of(ServiceReferralStatus.ACCEPTED),
            Action.END_DELIVERY, EnumSet.of(ServiceReferralStatus.DELIVERING),
            Action.REVOKE, EnumSet.of(ServiceReferralStatus.PENDING, ServiceReferralStatus.ACCEPTED,
                    ServiceReferralStatus.DELIVERING));

    private static final Map<Action, ServiceReferralStatus> LEADS_TO = Map.of(
            Action.ACCEPT, ServiceReferralStatus.ACCEPTED,
            Action.DECLINE, ServiceReferralStatus.DECLINED,
            Action.START_DELIVERY, ServiceReferralStatus.DELIVERING,
            Action.END_DELIVERY, ServiceReferralStatus.COMPLETED,
            Action.REVOKE, ServiceReferralStatus.REVOKED);

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ACCEPT", "DECLINE", "START_DELIVERY", "END_DELIVERY", "REVOKE"})
    void eachHandOverActionIsAllowedFromExactlyItsStatesAndLeadsToItsState(Action action) {
        for (ServiceReferralStatus status : ServiceReferralStatus.values()) {
            var refusal = ReferralFlow.refusal(action, status, null);
            assertThat(refusal.isEmpty()).as("%s from %s", action, status)
                    .isEqualTo(ALLOWED_FROM.get(action).contains(status));
            refusal.ifPresent(message -> {
                assertThat(message.key()).isEqualTo("support.refused.status");
                assertThat(message.arguments()).extracting(a -> ((org.ariadne.common.Message) a).key())
                        .containsExactly(action.messageKey(), status.messageKey());
            });
            if (refusal.isEmpty()) {
                assertThat(ReferralFlow.after(action, status)).isEqualTo(LEADS_TO.get(action));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"RATE", "FEEDBACK"})
    void ratingAndFeedbackNeedDeliveryToHaveStartedWhateverTheStatus(Action action) {
        for (ServiceReferralStatus status : ServiceReferralStatus.values()) {
            assertThat(ReferralFlow.refusal(action, status, null)).get()
                    .extracting(org.ariadne.common.Message::key).isEqualTo("support.refused.not-delivered");
            assertThat(ReferralFlow.refusal(action, status, LocalDate.of(2026, 12, 1))).isEmpty();
            assertThat(ReferralFlow.after(action, status)).isEqualTo(status);
        }
    }

    @Test
    void onlyAcceptedAndDeliveringGiveAccess() {
        assertThat(EnumSet.allOf(ServiceReferralStatus.class).stream().filter(ServiceReferralStatus::givesAccess))
                .containsExactlyInAnyOrder(ServiceReferralStatus.ACCEPTED, ServiceReferralStatus.DELIVERING);
        for (Action action : LEADS_TO.keySet()) {
            boolean access = LEADS_TO.get(action).givesAccess();
            assertThat(access).as(action.name())
                    .isEqualTo(action == Action.ACCEPT || action == Action.START_DELIVERY);
        }
    }
}
