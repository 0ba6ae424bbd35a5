package org.ariadne.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.base.ui.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who reaches the statistics screens: co-ordinators, administrators of statistics and the DPO do;
 * every other role is refused (the not-found page, audited by the base layout).
 */
@IntegrationTest
class StatisticsViewsAccessTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} opening {1}: {2}")
    @CsvSource({
            "coordinator,       statistics,            allowed",
            "coordinator,       statistics/indicators, allowed",
            "coordinator,       statistics/pivot,      allowed",
            "coordinator,       statistics/exports,    allowed",
            "admin,             statistics,            allowed",
            "admin,             statistics/exports,    allowed",
            "dpo,               statistics,            allowed",
            "dpo,               statistics/indicators, allowed",
            "ngo.caseworker,    statistics,            refused",
            "ngo.caseworker,    statistics/indicators, refused",
            "police.officer,    statistics/pivot,      refused",
            "authority.decider, statistics,            refused",
            "shelter.provider,  statistics/exports,    refused",
            "child.protection,  statistics/indicators, refused"})
    void onlyStatisticsRolesReachTheScreens(String username, String route, String expected) {
        SignedIn.as(users, username);
        if (expected.equals("allowed")) {
            Component view = navigate(route, viewFor(route));
            assertThat(view).isInstanceOf(viewFor(route));
        } else {
            navigate(route, NotFoundView.class);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }

    private static Class<? extends Component> viewFor(String route) {
        return switch (route) {
            case "statistics" -> StatisticsDashboardView.class;
            case "statistics/indicators" -> IndicatorSetView.class;
            case "statistics/pivot" -> PivotView.class;
            default -> StatisticsExportsView.class;
        };
    }
}
