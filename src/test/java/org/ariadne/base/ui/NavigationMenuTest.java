package org.ariadne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Arrays;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.security.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each demo account sees exactly its own menu; anonymous users are sent to the login page. */
@IntegrationTest
class NavigationMenuTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "ngo.caseworker;        /,/tasks,/cases",
            "police.officer;        /,/tasks,/cases,/decisions",
            "labour.inspector;      /,/tasks,/cases,/decisions",
            "authority.decider;     /,/tasks,/cases,/decisions",
            "shelter.provider;      /,/tasks,/services",
            "child.protection;      /,/tasks",
            "coordinator;           /,/statistics",
            "admin;                 /,/statistics,/admin/organisations,/admin/users,/admin/catalogues,/admin/policy",
            "dpo;                   /,/statistics,/audit,/privacy"})
    void eachRoleSeesExactlyItsMenu(String username, String expectedPaths) {
        SignedIn.as(users, username);
        navigate(HomeView.class);
        List<String> expected = Arrays.stream(expectedPaths.split(",")).map(p -> p.substring(1)).toList();
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).containsExactlyElementsOf(expected);
    }

    @Test
    @WithUserDetails("admin")
    void homeNamesTheUserTheirOrganisationAndRole() {
        HomeView home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively())
                .contains("Alex Administrator", "Office of the National Co-ordinator", "Administrator");
    }

    @Test
    @WithAnonymousUser
    void anonymousUserIsSentToLogin() {
        navigate(LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
