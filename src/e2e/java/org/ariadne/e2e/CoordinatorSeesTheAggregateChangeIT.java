package org.ariadne.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.ariadne.e2e.support.Accessibility;
import org.ariadne.e2e.support.Api;
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
 * Journey 5 (the aggregate half): the national co-ordinator sees case work change the anonymised
 * statistics, under disclosure control, without seeing a case.
 *
 * <p>How the change is made observable honestly. Against the whole country the journeys' few
 * cases drown among the 400 synthetic ones, and a difference of one or two in a large cell proves
 * little (and may itself be hidden by secondary suppression). So the journey counts a region of its
 * own, one no case has ever named (a new name at every run, because the suite's database outlives
 * a run): before, the region has no case at all — the API says 0, and zero is never hidden — and the
 * dashboard does not offer it. A caseworker records one person met there: the dashboard now offers
 * the region and shows its count as {@code c}, because a count from 1 to 9 is hidden (k = 10). Nine
 * more persons: the count, 10, is shown. So the co-ordinator sees the aggregate move from 0 to
 * "hidden" to 10 as the cases are recorded, and sees suppression work at the threshold itself.
 * The persons differ by date of birth (statistics count a person once by name and date of birth);
 * they are met today, so they count in this year, which the dashboard shows first. The cases are recorded through the API
 * because recording is journey 1's subject; what this journey checks is the co-ordinator's screen.
 */
@EndToEnd
@Order(51)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorSeesTheAggregateChangeIT {

    /** Synthetic; CI scans the logs for the surname. */
    static final String SURNAME = "Statistova";
    private static final int K = 10;

    private final String run = letters(5);
    private final String region = "Lakeside " + run;
    private Stack stack;
    private Page page;
    private int recorded;

    @BeforeAll
    void signIn(Stack stack, Page page) {
        this.stack = stack;
        this.page = page;
        KeycloakLogin.signIn(page, stack, "coordinator");
    }

    @Test
    @Order(10)
    void beforeAnyCaseTheRegionCountsZero() {
        assertThat(personsInRegion()).isEqualTo(0L);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistics").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/statistics$"));
        assertThat(page.locator("#kpi-cases")).isVisible();
        assertThat(page.locator("#disclosure-note")).containsText("counts from 1 to 9 are suppressed (k = 10)");
        assertThat(page.locator("#disclosure-note")).containsText("“c” marks a suppressed count.");
        Screenshots.save(page, stack, "statistics-dashboard");
        Accessibility.check(page, stack, "statistics-dashboard");
        page.locator("#region").click();
        assertThat(page.locator("vaadin-select-item:visible").first()).isVisible();
        assertThat(page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("South")))
                .hasCount(1);
        assertThat(page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(region)))
                .hasCount(0);
        page.keyboard().press("Escape");
    }

    @Test
    @Order(20)
    void oneCaseInTheRegionShowsAsHidden() {
        record(1);
        assertThat(personsInRegion()).as("the API hides a count under k too").isNull();
        assertThat(dashboardFigure()).isEqualTo("c");
        Screenshots.save(page, stack, "statistics-suppressed");
    }

    @Test
    @Order(30)
    void tenCasesInTheRegionAreShown() {
        record(K - recorded);
        assertThat(personsInRegion()).isEqualTo((long) K);
        assertThat(dashboardFigure()).isEqualTo(Integer.toString(K));
    }

    @Test
    @Order(40)
    void theIndicatorSetIsTheCoordinatorsToo() {
        page.locator("#nav-indicators").click();
        Ui.settle(page);
        assertThat(page).hasURL(Pattern.compile(".*/statistics/indicators.*"));
        assertThat(page.locator("body")).not().containsText(SURNAME);
        Screenshots.save(page, stack, "statistics-indicators");
        Accessibility.check(page, stack, "statistics-indicators");
    }

    /** Records persons met in the journey's region, each with a name of their own. */
    private void record(int persons) {
        for (int i = 0; i < persons; i++) {
            recorded++;
            Api.createCase(stack, "ngo.caseworker", SURNAME + " " + run, LocalDate.of(1980, 1, 1).plusDays(recorded),
                    region, LocalDate.now());
        }
    }

    /** The dashboard's count of persons for this year in the journey's region, as shown. */
    private String dashboardFigure() {
        Ui.open(page, stack, "/statistics");
        page.locator("#region").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(region)).click();
        Ui.settle(page);
        page.locator("#show").click();
        Ui.settle(page);
        assertThat(page.locator("#kpi-cases .stat-kpi-label")).hasText("persons identified (each counted once)");
        return page.locator("#kpi-cases .stat-kpi-value").innerText().strip();
    }

    /** The same figure through the API: a number, or null when disclosure control hides it. */
    private Long personsInRegion() {
        JsonObject actors = Api.get(stack, "coordinator", "/api/v1/statistics/dashboard?year=" + LocalDate.now().getYear()
                + "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("actors");
        return actors.get("total").isJsonNull() ? null : actors.get("total").getAsLong();
    }

    private static String letters(int n) {
        var random = new SecureRandom();
        var text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append((char) ((i == 0 ? 'A' : 'a') + random.nextInt(26)));
        }
        return text.toString();
    }
}
