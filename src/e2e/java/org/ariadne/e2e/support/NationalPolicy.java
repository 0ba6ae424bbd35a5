package org.ariadne.e2e.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national policy as the administrator changes it: on the "National policy" screen, a preset
 * adopted from today (the date the screen proposes) becomes a new version in force at once. The
 * application has no API for policy, so journeys that need a preset adopt it here, in the browser,
 * and put the default ("law enforcement designates") back when they end.
 */
public final class NationalPolicy {

    public static final String LAW_ENFORCEMENT_DESIGNATES = "LAW_ENFORCEMENT_DESIGNATES";
    public static final String MULTI_AGENCY = "MULTI_AGENCY";

    private static final Pattern IN_FORCE = Pattern.compile("In force today: version (\\d+),");

    private NationalPolicy() {
    }

    /**
     * Adopts the preset from today on the administrator's page (signed in as {@code admin}, again
     * if the session ended); returns the number of the version now in force.
     */
    public static int adopt(Page admin, Stack stack, String preset) {
        KeycloakLogin.open(admin, stack, "admin", "/admin/policy");
        var inForce = admin.locator("#policy-in-force");
        assertThat(inForce).isVisible();
        int before = version(inForce.innerText());
        admin.locator("#adopt-" + preset).click();
        Ui.settle(admin);
        assertThat(inForce).containsText("In force today: version " + (before + 1) + ",");
        return before + 1;
    }

    /** As {@link #adopt(Page, Stack, String)}, with a browser context of its own, closed afterwards. */
    public static int adopt(Stack stack, String preset) {
        Page admin = KeycloakLogin.signedInPage(stack, "admin");
        try {
            return adopt(admin, stack, preset);
        } finally {
            admin.context().close();
        }
    }

    /** The version in force as the summary line says it; 0 before any version was adopted. */
    private static int version(String summary) {
        Matcher m = IN_FORCE.matcher(summary);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
