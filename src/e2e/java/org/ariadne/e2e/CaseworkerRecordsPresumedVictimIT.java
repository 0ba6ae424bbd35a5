package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.ariadne.e2e.support.Accessibility;
import org.ariadne.e2e.support.EndToEnd;
import org.ariadne.e2e.support.KeycloakLogin;
import org.ariadne.e2e.support.Screenshots;
import org.ariadne.e2e.support.Stack;
import org.ariadne.e2e.support.Ui;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Journey 1: an NGO caseworker records a presumed adult victim met at outreach through the guided
 * flow, ticks the indicators seen, reads the live assessment and why, and submits the case; then,
 * on the case's "Referral mechanism" tab, records the person's informed consent (to referral and to
 * sharing with the police and the shelter) and refers the case to the police to decide. The
 * journey is written as ordered steps on one browser page. It runs under the default national
 * policy, "law enforcement designates", in which first responders such as NGOs refer a consenting
 * person to the authority. Journeys 2 and 3 continue the same case ({@link TheReferredCase}).
 */
@EndToEnd
@Order(10)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkerRecordsPresumedVictimIT {

    static final String PERSON = TheReferredCase.PERSON;

    private Stack stack;
    private Page page;
    /** The case recorded by this journey, once submitted. */
    String caseCode;

    @BeforeAll
    void signIn(Stack stack, Page page) {
        this.stack = stack;
        this.page = page;
        KeycloakLogin.signIn(page, stack, "ngo.caseworker");
    }

    @Test
    @Order(10)
    void opensTheGuidedFlowFromTheCaseList() {
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Cases").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases$"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        page.locator("#new-case").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/new$"));
        assertThat(page.locator("h2")).hasText("New case");
    }

    @Test
    @Order(20)
    void recordsThePerson() {
        Ui.field(page, "Full name").fill(PERSON);
        Ui.field(page, "Date of birth").fill("3/14/1990");
        Ui.field(page, "Date of birth").press("Enter");
        Ui.choose(page, "Sex / gender", "Female");
        Ui.chooseMany(page, "Languages spoken", "Romanian");
        Ui.field(page, "Contact").fill(TheReferredCase.CONTACT);
        assertThat(page.locator(".child-notice")).isHidden();
        next();
    }

    @Test
    @Order(30)
    void recordsTheEncounter() {
        Ui.field(page, "Date met").fill("10/2/2026");
        Ui.field(page, "Date met").press("Enter");
        Ui.choose(page, "How the person came to attention", "Outreach");
        Ui.field(page, "Region").fill("South");
        next();
    }

    @Test
    @Order(40)
    void recordsTheExploitation() {
        Ui.checkbox(page, "Forced labour").check();
        Ui.settle(page);
        assertThat(Ui.field(page, "Economic sector (forced labour)")).isVisible();
        Ui.field(page, "Narrative").fill(TheReferredCase.NARRATIVE);
        next();
    }

    @Test
    @Order(50)
    void ticksIndicatorsAndSeesTheAssessmentExplained() {
        Locator outcome = page.locator("#assessment-outcome");
        assertThat(page.locator(".catalogue-title")).containsText("Adults, labour exploitation");
        assertThat(outcome).hasText("Not enough indicators");
        for (String code : new String[] {"AL-D1-01", "AL-D1-08", "AL-D4-01", "AL-D4-04", "AL-D5-01", "AL-D5-02"}) {
            tick(code);
        }
        assertThat(outcome).hasText("Presumed victim of trafficking");
        Locator explanation = page.locator(".assessment-panel .explanation");
        assertThat(explanation.first()).containsText("D1 is present");
        assertThat(page.locator(".assessment-panel")).containsText("Deceived about wages or earnings");
        assertThat(page.locator(".assessment-panel")).containsText("screening aid");
        page.locator("#dimension-D4").scrollIntoViewIfNeeded();
        Screenshots.saveTall(page, stack, "case-indicators", 900);
        next();
    }

    @Test
    @Order(60)
    void reviewsAndSubmits() {
        assertThat(page.getByText("Check what will be recorded")).isVisible();
        assertThat(page.locator(".case-editor")).containsText(PERSON);
        page.locator("#submit-case").click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/\\d{4}-\\d{6}-[0-9A-Z]$"));
        caseCode = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator(".case-code")).hasText(caseCode);
        assertThat(page.locator(".case-header")).containsText("Open");
        assertThat(page.locator(".case-header")).containsText("Harbour Outreach");
        assertThat(caseCode).doesNotContain(PERSON);
        Screenshots.save(page, stack, "case-details");
    }

    @Test
    @Order(70)
    void findsTheSubmittedCaseWithItsAssessment() {
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName("Assessments")).click();
        assertThat(page.locator(".case-details")).containsText("Presumed victim of trafficking");
    }

    @Test
    @Order(80)
    void recordsTheInformedConsentOnTheReferralMechanismTab() {
        tab("Referral mechanism");
        Locator panel = page.locator("#nrm-panel");
        assertThat(panel.locator(".nrm-stage")).containsText("Detected");
        assertThat(panel).containsText("Consent");
        Accessibility.check(page, stack, "nrm-tab-detected");
        page.locator("#nrm-step-GIVE_CONSENT").click();
        assertThat(page.locator("#nrm-consent-confirm")).isVisible();
        Ui.chooseMany(page, "Organisations the person agreed to share with", TheReferredCase.POLICE,
                TheReferredCase.SHELTER);
        // Explained by the signed-in caseworker, in the language the screen proposes; no interpreter.
        assertThat(page.locator("#nrm-consent-explained-by input")).hasValue("Nadia Caseworker");
        assertThat(page.locator("#nrm-consent-language input")).hasValue("Romanian");
        Screenshots.save(page, stack, "nrm-consent-dialog");
        Accessibility.check(page, stack, "nrm-consent-dialog");
        page.locator("#nrm-consent-confirm").click();
        Ui.settle(page);
        assertThat(page.locator("#nrm-consent-confirm")).isHidden();
        assertThat(panel.locator(".nrm-stage")).containsText("Consent given");
        assertThat(panel).containsText("sharing with " + TheReferredCase.POLICE + ", " + TheReferredCase.SHELTER);
        assertThat(panel).containsText("explained by Nadia Caseworker");
    }

    @Test
    @Order(90)
    void refersTheCaseToThePoliceToDecide() {
        Locator panel = page.locator("#nrm-panel");
        Locator refer = page.locator("#nrm-step-REFER_TO_AUTHORITY");
        assertThat(refer).isEnabled();
        refer.click();
        assertThat(page.locator("#nrm-step-confirm")).isVisible();
        Ui.choose(page, "Organisation that decides", TheReferredCase.POLICE);
        page.locator("#nrm-step-reason textarea").fill("Consenting adult; strong indicators of forced labour");
        Accessibility.check(page, stack, "nrm-referral-dialog");
        page.locator("#nrm-step-confirm").click();
        Ui.settle(page);
        assertThat(page.locator("#nrm-step-confirm")).isHidden();
        assertThat(panel.locator(".nrm-stage")).containsText("Referred to the competent authority");
        assertThat(panel).containsText("to " + TheReferredCase.POLICE + " on ");
        // The reasonable-grounds clock now runs, counted in working days.
        assertThat(page.locator("#nrm-clock")).containsText("Reasonable-grounds decision due");
        assertThat(page.locator("#nrm-clock .nrm-clock-remaining")).containsText("Working days remaining");
        Screenshots.save(page, stack, "nrm-referred");
        Accessibility.check(page, stack, "nrm-tab-referred");
        TheReferredCase.referred(caseCode);
    }

    private void tab(String name) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        Ui.settle(page);
    }

    private void tick(String code) {
        page.locator("#indicator-" + code).click();
        Ui.settle(page);
    }

    private void next() {
        Ui.button(page, "Next").click();
        Ui.settle(page);
    }
}
