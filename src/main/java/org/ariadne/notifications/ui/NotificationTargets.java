package org.ariadne.notifications.ui;

import java.util.Optional;
import java.util.Set;
import org.ariadne.notifications.NotificationItem;
import org.ariadne.security.Role;

/**
 * Where a notification leads: a case's details for those who read cases; a service provider's
 * notices about service referrals lead to its inbox of service referrals.
 */
final class NotificationTargets {

    static final String SERVICES = "services";

    private NotificationTargets() {
    }

    static Optional<String> route(NotificationItem item, Set<Role> roles) {
        boolean readsCases = roles.contains(Role.CASEWORKER) || roles.contains(Role.DECISION_MAKER)
                || roles.contains(Role.CHILD_PROTECTION);
        if (readsCases && item.caseCode() != null) {
            return Optional.of("cases/" + item.caseCode());
        }
        if (roles.contains(Role.SERVICE_PROVIDER) && item.kind().startsWith("service-referral")) {
            return Optional.of(SERVICES);
        }
        return Optional.empty();
    }
}
