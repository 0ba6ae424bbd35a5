package org.ariadne.e2e.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, launched once; every test gets a fresh browser context
 * (no cookies, no Keycloak session) sized like the README's screenshots. Playwright is not thread
 * safe: the suite runs its tests one after the other on one thread.
 */
public final class Browsers implements AutoCloseable {

    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browsers launch(Settings settings) {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(settings.chromium()).setHeadless(true).setArgs(CHROMIUM_ARGS));
            // Keycloak and the application answer slowly on a busy two-core machine; 5 s is too short.
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            System.out.println("[e2e] Chromium " + browser.version() + " from " + settings.chromium());
            return new Browsers(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException("Chromium at " + settings.chromium() + " could not be started: "
                    + e.getMessage(), e);
        }
    }

    /** A new, empty browser context: nobody is signed in, neither at the application nor at Keycloak. */
    public BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800).setLocale("en-US").setTimezoneId("UTC"));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(45_000);
        return context;
    }

    public Page newPage() {
        return newContext().newPage();
    }

    /** Every context still open: a journey with several users has one each. */
    public List<BrowserContext> openContexts() {
        return browser.contexts();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
