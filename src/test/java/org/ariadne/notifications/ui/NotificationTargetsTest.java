package org.ariadne.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.ariadne.notifications.NotificationItem;
import org.ariadne.security.Role;
import org.junit.jupiter.api.Test;

class NotificationTargetsTest {

    private static NotificationItem item(String kind, String code) {
        return new NotificationItem(1, kind, code, Instant.EPOCH, false);
    }

    @Test
    void caseReadersGoToTheCase() {
        for (Role role : Set.of(Role.CASEWORKER, Role.DECISION_MAKER, Role.CHILD_PROTECTION)) {
            assertThat(NotificationTargets.route(item("referral-received", "2026-000001-K"), Set.of(role)))
                    .as(role.name()).contains("cases/2026-000001-K");
        }
    }

    @Test
    void providersGoToTheirServiceReferralsNeverToTheCase() {
        assertThat(NotificationTargets.route(item("service-referral-received", "2026-000001-K"),
                Set.of(Role.SERVICE_PROVIDER))).contains("services");
        assertThat(NotificationTargets.route(item("decision-made", "2026-000001-K"), Set.of(Role.SERVICE_PROVIDER)))
                .isEmpty();
    }

    @Test
    void withoutACaseOrForOtherRolesANotificationLeadsNowhere() {
        assertThat(NotificationTargets.route(item("decision-made", null), Set.of(Role.CASEWORKER))).isEmpty();
        assertThat(NotificationTargets.route(item("decision-made", "2026-000001-K"), Set.of(Role.COORDINATOR)))
                .isEmpty();
    }
}
