package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ariadne.e2e.support.Accessibility;
import org.ariadne.e2e.support.Api;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.Screenshots;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * axe-core on every main screen reachable today, as the user who works there: no serious or
 * critical violation. Screens added by later features get a line here (or in their journey). The
 * journeys check the screens they walk through themselves: the referral-mechanism tab and its
 * dialogs (1, 2, 4), the decision queue and the decision notice (2), the support tab, the
 * provider's inbox and referral (3), the statistics dashboard and indicator set (5).
 * Also takes the README's screenshots of the start page, the case list and the login page.
 */
@EndToEnd
@Order(70)
class AccessibilityIT {

    @Test
    void keycloakLoginPage(Stack stack, Page page) {
        page.navigate(stack.baseUrl() + "/");
        KeycloakLogin.expectLoginPage(page, stack);
        Screenshots.save(page, stack, "login");
        Accessibility.check(page, stack, "keycloak-login");
    }

    @Test
    void caseworkerScreens(Stack stack, Page page) {
        String code = Api.createCase(stack, "ngo.caseworker", "Axeova Testcase");
        KeycloakLogin.signIn(page, stack, "ngo.caseworker");
        Accessibility.check(page, stack, "home-caseworker");
        Ui.open(page, stack, "/cases");
        assertThat(page.locator("vaadin-grid")).isVisible();
        Screenshots.save(page, stack, "case-list");
        Accessibility.check(page, stack, "case-list");
        page.locator("#break-glass").click();
        assertThat(page.locator("#break-glass-reason")).isVisible();
        Accessibility.check(page, stack, "break-glass-dialog");
        page.keyboard().press("Escape");
        Ui.open(page, stack, "/cases/new");
        Accessibility.check(page, stack, "new-case-person");
        String[] steps = {"new-case-encounter", "new-case-exploitation", "new-case-indicators", "new-case-review"};
        for (String step : steps) {
            Ui.button(page, "Next").click();
            Ui.settle(page);
            Accessibility.check(page, stack, step);
        }
        Ui.open(page, stack, "/cases/" + code);
        assertThat(page.locator(".case-code")).hasText(code);
        for (String tab : new String[] {"Person", "Encounter", "Exploitation", "Assessments", "Referral mechanism",
                "Criminal justice", "Support", "Timeline"}) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab).setExact(true)).click();
            Accessibility.check(page, stack, "case-details-" + tab.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
        Ui.open(page, stack, "/cases/" + code + "/edit");
        Accessibility.check(page, stack, "case-edit");
        Ui.open(page, stack, "/tasks");
        Accessibility.check(page, stack, "tasks-caseworker");
        Ui.open(page, stack, "/notifications");
        Accessibility.check(page, stack, "notifications");
    }

    @Test
    void administratorScreens(Stack stack, Page page) {
        KeycloakLogin.signIn(page, stack, "admin");
        Screenshots.save(page, stack, "home-admin");
        Accessibility.check(page, stack, "home-admin");
        Ui.open(page, stack, "/admin/organisations");
        assertThat(page.locator("vaadin-grid")).isVisible();
        Accessibility.check(page, stack, "admin-organisations");
        page.locator("#new-organisation").click();
        assertThat(page.locator("#save-organisation")).isVisible();
        Accessibility.check(page, stack, "admin-organisation-dialog");
        page.keyboard().press("Escape");
        Ui.open(page, stack, "/admin/users");
        assertThat(page.locator("#users-in-keycloak")).isVisible();
        Accessibility.check(page, stack, "admin-users");
        Ui.open(page, stack, "/admin/policy");
        Accessibility.check(page, stack, "admin-policy");
        Ui.open(page, stack, "/admin/catalogues");
        Accessibility.check(page, stack, "admin-catalogues");
    }

    @Test
    void dataProtectionOfficerScreens(Stack stack, Page page) {
        KeycloakLogin.signIn(page, stack, "dpo");
        Ui.open(page, stack, "/audit");
        assertThat(page.locator("#verify-chain")).isVisible();
        Accessibility.check(page, stack, "dpo-audit");
        Ui.open(page, stack, "/privacy");
        assertThat(page.locator("#retention-dry-run")).isVisible();
        Accessibility.check(page, stack, "dpo-privacy");
    }

    @Test
    void coordinatorScreensAndRefusal(Stack stack, Page page) {
        KeycloakLogin.signIn(page, stack, "coordinator");
        Accessibility.check(page, stack, "home-coordinator");
        // The dashboard and the indicator set are checked in the co-ordinator's journey; the other statistics screens here.
        for (String screen : new String[] {"pivot", "exports", "report"}) {
            Ui.open(page, stack, "/statistics/" + screen);
            assertThat(page.locator(".error-view")).hasCount(0);
            Accessibility.check(page, stack, "statistics-" + screen);
        }
        Ui.open(page, stack, "/cases");
        assertThat(page.locator(".error-view")).isVisible();
        Accessibility.check(page, stack, "access-denied");
    }
}
