package org.ariadne.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.tasks.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** "My tasks" and its card on the start page, driven without a browser. */
@IntegrationTest
class TaskViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    @Test
    void aDecisionMakerOpensADecisionDueFromTheList() {
        var f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Task View Person");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");

        SignedIn.as(users, "police.officer");
        TasksView view = navigate(TasksView.class);
        TaskList decisions = $(TaskList.class, view).all().stream()
                .filter(l -> l.getElement().getTextRecursively().startsWith("Decisions due")).findFirst().orElseThrow();
        var grid = test(decisions.grid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).reference().equals(code.value())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        Task task = grid.getRow(row);
        assertThat(grid.getCellText(row, 0)).isEqualTo("Reasonable-grounds decision");
        assertThat(task.remaining()).isEqualTo(5);
        assertThat(grid.getCellComponent(row, 2).getElement().getTextRecursively()).endsWith("5 days left");
        assertThat(grid.getCellComponent(row, 3).getElement().getTextRecursively()).isEqualTo("On track");
        test((Button) grid.getCellComponent(row, 4)).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("cases/" + code.value());
    }

    @Test
    @WithUserDetails("shelter.provider")
    void aServiceProviderSeesItsReferralListsAndNothingOfTheReferralMechanism() {
        TasksView view = navigate(TasksView.class);
        assertThat($(H3.class, view).all()).extracting(H3::getText).allSatisfy(heading -> assertThat(heading)
                .matches("(Service referrals to answer|Accepted referrals whose service has not started) \\(\\d+\\+?\\)"))
                .hasSize(2);
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText)
                .doesNotContain("Nothing is listed here for your role yet.");
    }

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorHasNoTasksScreen() {
        navigate("tasks", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("child.protection")
    void theStartPageSummarisesTasksForRolesThatHaveThem() {
        UI.getCurrent().navigate("");
        assertThat($(Div.class).withId("tasks-card").single().getElement().getTextRecursively())
                .contains("My tasks", "Guardians to appoint", "Open my tasks");
    }

    @Test
    @WithUserDetails("admin")
    void theStartPageHasNoTaskCardForRolesWithoutTasks() {
        UI.getCurrent().navigate("");
        assertThat($(Div.class).withId("tasks-card").all()).isEmpty();
    }
}
