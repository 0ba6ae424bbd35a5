package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.ariadne.e2e.support.Api;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Journey 5 (the refusal half): the national co-ordinator sees anonymised statistics only, never a
 * case. The menu offers no case screen, and a case's address, typed in, is refused (so is the
 * case through the API). The aggregate half, statistics changing under suppression, is
 * {@link CoordinatorSeesTheAggregateChangeIT}.
 */
@EndToEnd
@Order(50)
class CoordinatorSeesNoCaseIT {

    @Test
    void theCoordinatorsMenuHasNoCaseScreen(Stack stack, Page page) {
        KeycloakLogin.signIn(page, stack, "coordinator");
        assertThat(page.locator(".home-view")).containsText("National co-ordinator");
        assertThat(Ui.menu(page)).isNotEmpty().doesNotContain("Cases");
        assertThat(page.locator("vaadin-side-nav-item[path^='cases']")).hasCount(0);
    }

    @Test
    void aCaseAddressIsRefusedToTheCoordinator(Stack stack, Page page) {
        String code = Api.createCase(stack, "ngo.caseworker", "Coordinatorova Testcase");
        KeycloakLogin.signIn(page, stack, "coordinator");
        for (String path : new String[] {"/cases/" + code, "/cases/" + code + "/edit", "/cases", "/cases/new"}) {
            Ui.open(page, stack, path);
            // Vaadin's access control answers a screen the role may not open like an unknown address.
            assertThat(page.locator(".error-view h2")).hasText(Pattern.compile("Not available to you|Nothing here"));
            assertThat(page.locator("body")).not().containsText("Coordinatorova");
            assertThat(page.locator(".case-details")).hasCount(0);
        }
        Api.Answer byApi = Api.tryGet(stack, "coordinator", "/api/v1/cases/" + code);
        assertThat(byApi.status()).isIn(403, 404);
        assertThat(byApi.body()).doesNotContain("Coordinatorova");
    }
}
