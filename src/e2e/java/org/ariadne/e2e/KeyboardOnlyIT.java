package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.Keyboard;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A caseworker who uses no mouse: signs in at Keycloak, opens the case list from the menu, records
 * a person met at outreach, ticks indicators and saves a draft, with Tab, typing, Enter, Space and
 * arrow keys only.
 */
@EndToEnd
@Order(20)
class KeyboardOnlyIT {

    @Test
    void aCaseworkerRecordsACaseWithTheKeyboardOnly(Stack stack, Page page) {
        page.navigate(stack.baseUrl() + "/");
        KeycloakLogin.expectLoginPage(page, stack);
        Keyboard.tabTo(page, "#username");
        Keyboard.type(page, "ngo2.caseworker");
        Keyboard.tabTo(page, "#password");
        Keyboard.type(page, KeycloakLogin.PASSWORD);
        page.keyboard().press("Enter");
        KeycloakLogin.expectSignedIn(page, stack);

        Keyboard.tabTo(page, "Cases");
        Keyboard.press(page, "Enter");
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
        Keyboard.tabTo(page, "#new-case");
        Keyboard.press(page, "Enter");
        assertThat(page).hasURL(Pattern.compile(".*/cases/new$"));

        Keyboard.tabTo(page, "Full name");
        Keyboard.type(page, "Keyboardova Testcase");
        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");

        Keyboard.tabTo(page, "Date met");
        Keyboard.type(page, "10/3/2026");
        Keyboard.press(page, "Enter");
        Keyboard.tabTo(page, "How the person came to attention");
        Keyboard.type(page, "Outreach");
        // The filtered list comes from the server: wait until it shows the one match, then pick it.
        assertThat(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Outreach")))
                .hasCount(1);
        Keyboard.press(page, "ArrowDown");
        Keyboard.press(page, "Enter");
        assertThat(Ui.field(page, "How the person came to attention")).hasValue("Outreach");
        Keyboard.tabTo(page, "Region");
        Keyboard.type(page, "North");
        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");

        Keyboard.tabTo(page, "Forced labour");
        Keyboard.press(page, "Space");
        assertThat(page.locator("vaadin-checkbox[checked]").filter(new Locator.FilterOptions().setHasText("Forced labour")))
                .hasCount(1);
        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");

        for (String indicator : new String[] {"AL-D1-01", "AL-D1-08", "AL-D4-01", "AL-D4-04", "AL-D5-01", "AL-D5-02"}) {
            Keyboard.tabTo(page, "#indicator-" + indicator);
            Keyboard.press(page, "Space");
        }
        assertThat(page.locator("#assessment-outcome")).hasText("Presumed victim of trafficking");

        Keyboard.tabTo(page, "#save-draft");
        Keyboard.press(page, "Enter");
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d{4}-\\d{6}-[0-9A-Z]$"));
        assertThat(page.locator(".case-header")).containsText("Draft");
        assertThat(page.locator(".case-header")).containsText("North Star Association");
    }
}
