package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.e2e.support.Accessibility;
import org.ariadne.e2e.support.Api;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.NationalPolicy;
import org.ariadne.e2e.support.Screenshots;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Journey 4: national policy decides who may decide. A labour inspector records a case met at a
 * workplace inspection, with the person's consent, and refers it to the police (set up through the
 * API: that part is journey 1's). Under "law enforcement designates" the inspector, though a
 * decision maker of the recording organisation, is refused the reasonable-grounds decision, and
 * the screen (and the API's problem document) names the rule: national policy, with its version.
 * The administrator then adopts "multi-agency" on the National policy screen, a new version in
 * force from today, and the same inspector may decide, and does. At the end the administrator
 * adopts "law enforcement designates" again, so later journeys run under the default; every
 * adoption is a new version, none rewrites an earlier one.
 */
@EndToEnd
@Order(40)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabourInspectorUnderNationalPolicyIT {

    /** Synthetic; CI scans the logs for it. */
    static final String PERSON = "Inspectova Testcase";
    private static final String REFUSAL = "National policy (version %d) does not allow the actor type “Labour"
            + " inspectorate” to take reasonable-grounds decisions.";

    private Stack stack;
    private Page inspector;
    private Page admin;
    private String code;
    private boolean changedPolicy;

    @BeforeAll
    void setUp(Stack stack, Page page) {
        this.stack = stack;
        this.inspector = page;
        this.admin = KeycloakLogin.signedInPage(stack, "admin");
    }

    @Test
    @Order(10)
    void underLawEnforcementDesignatesTheInspectorIsRefusedTheDecisionWithTheRuleNamed() {
        changedPolicy = true;
        int version = NationalPolicy.adopt(admin, stack, NationalPolicy.LAW_ENFORCEMENT_DESIGNATES);
        code = Api.createCase(stack, "labour.inspector", PERSON, LocalDate.of(1987, 6, 2), "Capital",
                LocalDate.now().minusDays(3));
        Api.giveConsent(stack, "labour.inspector", code, List.of("POL-CENTRAL"));
        Api.referToAuthority(stack, "labour.inspector", code, "POL-CENTRAL");

        KeycloakLogin.signIn(inspector, stack, "labour.inspector");
        openReferralMechanism();
        Locator decide = inspector.locator("#nrm-step-REASONABLE_GROUNDS_POSITIVE");
        assertThat(decide).isDisabled();
        assertThat(inspector.locator(".nrm-why-not")).containsText("Positive reasonable-grounds decision: "
                + REFUSAL.formatted(version));
        assertThat(inspector.locator("#nrm-panel .nrm-stage")).containsText("National policy, version " + version);
        Screenshots.saveTall(inspector, stack, "nrm-refused-by-policy", 1150);
        Accessibility.check(inspector, stack, "nrm-tab-refused-by-policy");

        // A client of the API is refused the same way, with the rule in the problem document.
        Api.Answer refused = Api.step(stack, "labour.inspector", code, "REASONABLE_GROUNDS_POSITIVE", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("rule").getAsString()).isEqualTo("POLICY");
        assertThat(refused.json().get("detail").getAsString()).isEqualTo(REFUSAL.formatted(version));
    }

    @Test
    @Order(20)
    void theAdministratorAdoptsTheMultiAgencyPreset() {
        int before = Integer.parseInt(inspector.locator("#nrm-panel .nrm-stage").innerText().replaceAll("\\D", ""));
        int version = NationalPolicy.adopt(admin, stack, NationalPolicy.MULTI_AGENCY);
        assertThat(version).isEqualTo(before + 1);
        admin.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Versions").setExact(true)).click();
        Ui.settle(admin);
        Screenshots.save(admin, stack, "admin-policy-versions");
    }

    @Test
    @Order(30)
    void nowTheInspectorMayDecideAndDoes() {
        openReferralMechanism();
        Locator decide = inspector.locator("#nrm-step-REASONABLE_GROUNDS_POSITIVE");
        assertThat(decide).isEnabled();
        assertThat(inspector.locator("#nrm-panel")).not().containsText("to take reasonable-grounds decisions");
        decide.click();
        inspector.locator("#nrm-step-reason textarea").fill("Debt bondage and withheld wages found at inspection");
        inspector.locator("#nrm-step-confirm").click();
        Ui.settle(inspector);
        assertThat(inspector.locator("#nrm-step-confirm")).isHidden();
        assertThat(inspector.locator("#nrm-panel .nrm-stage")).containsText("Recovery and reflection period");
        assertThat(inspector.locator("#nrm-clock")).containsText("Recovery period ends");
    }

    @AfterAll
    void restoreTheDefaultPolicy() {
        try {
            if (changedPolicy) {
                NationalPolicy.adopt(admin, stack, NationalPolicy.LAW_ENFORCEMENT_DESIGNATES);
            }
        } finally {
            admin.context().close();
        }
    }

    private void openReferralMechanism() {
        KeycloakLogin.open(inspector, stack, "labour.inspector", "/cases/" + code);
        inspector.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Referral mechanism").setExact(true))
                .click();
        Ui.settle(inspector);
    }
}
