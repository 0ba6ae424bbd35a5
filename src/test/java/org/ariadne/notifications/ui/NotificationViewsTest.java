package org.ariadne.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.cases.CaseCode;
import org.ariadne.notifications.NotificationItem;
import org.ariadne.notifications.NotificationService;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bell and the notifications list, driven without a browser. */
@IntegrationTest
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;

    @Test
    void theAuthorityOpensAReferralFromTheBellAndItIsMarkedRead() {
        var f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Bell Person");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");

        SignedIn.as(users, "police.officer");
        UI.getCurrent().navigate("");
        NotificationBell bell = $(NotificationBell.class).single();
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        assertThat(bell.shownCount()).isEqualTo(Math.min(unread, NotificationBell.SHOWN_AT_MOST));
        assertThat(bell.getElement().getAttribute("aria-label")).contains("unread");

        test(bell).click();
        NotificationsView view = (NotificationsView) getCurrentView();
        var grid = test(view.grid);
        assertThat(grid.getRow(0).caseCode()).isEqualTo(code.value());
        assertThat(grid.getRow(0).read()).isFalse();
        assertThat(grid.getCellText(0, 1)).isEqualTo(code.value());
        test((Button) grid.getCellComponent(0, 3)).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("cases/" + code.value());
        assertThat(notifications.list(0, 1).getFirst().read()).isTrue();
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat($(NotificationBell.class).single().shownCount())
                .isEqualTo(Math.min(unread - 1, NotificationBell.SHOWN_AT_MOST));
    }

    @Test
    void markAllReadEmptiesTheBellForThisUserOnly() {
        SignedIn.as(users, "dpo");
        UI.getCurrent().navigate("notifications");
        NotificationsView view = (NotificationsView) getCurrentView();
        test($(Button.class, view).id("mark-all-read")).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat($(NotificationBell.class).single().shownCount()).isZero();
        assertThat(notifications.list(0, 100)).allMatch(NotificationItem::read);
    }
}
