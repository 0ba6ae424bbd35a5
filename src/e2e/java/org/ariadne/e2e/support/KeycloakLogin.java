package org.ariadne.e2e.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * Keycloak's own login page, reached by opening the application: the real user, the real form.
 * Every demo user of docker/keycloak/ariadne-realm.json has the password {@value #PASSWORD}.
 */
public final class KeycloakLogin {

    public static final String PASSWORD = "ariadne-demo";

    private KeycloakLogin() {
    }

    /** Opens the application, which sends the browser to Keycloak; signs in there; waits for the start page. */
    public static void signIn(Page page, Stack stack, String username) {
        page.navigate(stack.baseUrl() + "/");
        expectLoginPage(page, stack);
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
        expectSignedIn(page, stack);
    }

    /** A page of its own (a new browser context) with {@code username} signed in: another user in the same journey. */
    public static Page signedInPage(Stack stack, String username) {
        Page page = stack.browsers().newPage();
        signIn(page, stack, username);
        return page;
    }

    /**
     * Opens an address of the application as {@code username}, signing in at Keycloak again when
     * the session ended meanwhile (a page left alone longer than the idle timeout is signed out).
     */
    public static void open(Page page, Stack stack, String username, String path) {
        page.navigate(stack.baseUrl() + path);
        page.locator("#logout, #username").first().waitFor();
        if (page.url().startsWith(stack.issuer() + "/")) {
            page.locator("#username").fill(username);
            page.locator("#password").fill(PASSWORD);
            page.locator("#kc-login").click();
            expectSignedIn(page, stack);
            page.navigate(stack.baseUrl() + path);
        }
        Ui.settle(page);
    }

    /** The browser shows Keycloak's login form for the project's realm. */
    public static void expectLoginPage(Page page, Stack stack) {
        assertThat(page.locator("#username")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        if (!page.url().startsWith(stack.issuer() + "/")) {
            throw new AssertionError("Expected Keycloak's login page under " + stack.issuer() + " but was " + page.url());
        }
    }

    /** Back in the application with the main layout shown. */
    public static void expectSignedIn(Page page, Stack stack) {
        // The first screen after a cold start of the application can take long on a busy machine.
        assertThat(page.locator("#logout")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        if (!page.url().startsWith(stack.baseUrl())) {
            throw new AssertionError("Expected to be back in the application at " + stack.baseUrl() + " but was " + page.url());
        }
        Ui.settle(page);
    }
}
