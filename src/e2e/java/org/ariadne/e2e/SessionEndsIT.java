package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Journey 6: signing out ends the session at Keycloak too, and a session left idle ends; either way
 * the next visit asks for the password at Keycloak again (no silent single sign-on). The stack runs
 * the application with a one-minute idle timeout ({@code -De2e.idle-timeout}, the shortest Tomcat
 * takes) and a 20-second heartbeat.
 */
@EndToEnd
@Order(60)
class SessionEndsIT {

    @Test
    void signingOutEndsTheKeycloakSessionToo(Stack stack, Page page) {
        KeycloakLogin.signIn(page, stack, "ngo.caseworker");
        Ui.open(page, stack, "/cases");
        page.locator("#logout").click();
        // RP-initiated logout: Keycloak ends its session and returns to the application, which asks it again.
        KeycloakLogin.expectLoginPage(page, stack);
        page.navigate(stack.baseUrl() + "/cases");
        KeycloakLogin.expectLoginPage(page, stack);
    }

    @Test
    void anIdleSessionEndsAndTheUserMustSignInAgain(Stack stack, Page page) {
        KeycloakLogin.signIn(page, stack, "ngo.caseworker");
        Ui.open(page, stack, "/cases");
        assertThat(page.locator("#new-case")).isVisible();
        // Hands off: only the browser's heartbeats reach the server. After the idle time Vaadin closes the
        // session, the sign-in ends with it (at Keycloak too), and the page returns to Keycloak's login.
        Duration patience = stack.settings().idleTimeout().plus(stack.settings().heartbeat().multipliedBy(2))
                .plusSeconds(30);
        System.out.printf("[e2e] leaving the session idle (up to %d s)%n", patience.toSeconds());
        page.waitForURL(url -> url.startsWith(stack.issuer() + "/"),
                new Page.WaitForURLOptions().setTimeout(patience.toMillis()));
        KeycloakLogin.expectLoginPage(page, stack);
        page.locator("#username").fill("ngo.caseworker");
        page.locator("#password").fill(KeycloakLogin.PASSWORD);
        page.locator("#kc-login").click();
        KeycloakLogin.expectSignedIn(page, stack);
    }
}
