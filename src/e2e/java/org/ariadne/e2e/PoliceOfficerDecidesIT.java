package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
 * Journey 2: the police officer, a decision maker of the organisation journey 1 referred the case
 * to, finds it in the decision queue, reads it and takes a positive reasonable-grounds decision;
 * the recovery and reflection period starts that day and the case shows when it ends (30 days by
 * default) and how many days remain; the decision is on the case's timeline with a printable notice.
 */
@EndToEnd
@Order(11)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoliceOfficerDecidesIT {

    private Stack stack;
    private Page page;
    private String code;

    @BeforeAll
    void signIn(Stack stack, Page page) {
        this.stack = stack;
        this.page = page;
        this.code = TheReferredCase.code();
        KeycloakLogin.signIn(page, stack, "police.officer");
    }

    @Test
    @Order(10)
    void findsTheCaseInTheDecisionQueue() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decision queue").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/decisions$"));
        Locator queue = page.locator("#decision-queue");
        assertThat(queue).isVisible();
        assertThat(page.locator("body")).not().containsText(TheReferredCase.PERSON);
        Screenshots.save(page, stack, "decision-queue");
        Accessibility.check(page, stack, "decision-queue");
        Ui.gridCell(page, queue, code).click();
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + code + "$"));
    }

    @Test
    @Order(20)
    void readsTheWholeCaseReferredToItsOrganisation() {
        assertThat(page.locator(".case-code")).hasText(code);
        assertThat(page.locator(".case-header")).containsText("Harbour Outreach");
        assertThat(page.locator(".case-details")).containsText(TheReferredCase.PERSON);
        tab("Referral mechanism");
        assertThat(page.locator("#nrm-panel .nrm-stage")).containsText("Referred to the competent authority");
    }

    @Test
    @Order(30)
    void takesAPositiveReasonableGroundsDecision() {
        page.locator("#nrm-step-REASONABLE_GROUNDS_POSITIVE").click();
        assertThat(page.locator("#nrm-step-confirm")).isVisible();
        page.locator("#nrm-step-reason textarea").fill("Consistent account; indicators of deception and debt bondage");
        Screenshots.save(page, stack, "nrm-decision-dialog");
        Accessibility.check(page, stack, "nrm-decision-dialog");
        LocalDate decisionDay = LocalDate.now();
        page.locator("#nrm-step-confirm").click();
        Ui.settle(page);
        assertThat(page.locator("#nrm-step-confirm")).isHidden();

        Locator panel = page.locator("#nrm-panel");
        assertThat(panel.locator(".nrm-stage")).containsText("Recovery and reflection period");
        // 30 days by default: the period runs until the end of the 30th day after the decision.
        String lastDay = longDate(decisionDay.plusDays(30));
        Locator clock = page.locator("#nrm-clock");
        assertThat(clock.locator(".nrm-clock-title")).hasText("Recovery period ends");
        assertThat(clock.locator(".nrm-clock-day")).hasText(lastDay);
        assertThat(clock.locator(".nrm-clock-remaining")).hasText("Days remaining: 30");
        assertThat(panel).containsText("from " + longDate(decisionDay) + " until the end of " + lastDay);
        assertThat(panel).containsText("Positive, on " + longDate(decisionDay));
        Screenshots.save(page, stack, "nrm-decision");
        Accessibility.check(page, stack, "nrm-tab-recovery-period");
    }

    @Test
    @Order(40)
    void findsTheDecisionOnTheTimelineWithItsPrintableNotice() {
        tab("Timeline");
        Locator notice = page.locator(".timeline-notice").last();
        assertThat(notice).isVisible();
        Accessibility.check(page, stack, "case-timeline");
        notice.click();
        Ui.settle(page);
        assertThat(page).hasURL(Pattern.compile(".*/cases/" + code + "/notice/\\d+$"));
        assertThat(page.locator("body")).containsText("Positive reasonable-grounds decision");
        Screenshots.save(page, stack, "decision-notice");
        Accessibility.check(page, stack, "decision-notice");
    }

    private static String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(day);
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        Ui.settle(page);
    }
}
