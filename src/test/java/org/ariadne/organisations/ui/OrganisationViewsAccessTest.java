package org.ariadne.organisations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.organisations.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Administration screens open for administrators and for nobody else. */
@IntegrationTest
class OrganisationViewsAccessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void administratorOpensOrganisationsAndSeesTheDemoOnes() {
        OrganisationListView view = navigate(OrganisationListView.class);
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = $(Grid.class, view).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(9);
    }

    @Test
    @WithUserDetails("admin")
    void administratorOpensUsers() {
        UserListView view = navigate(UserListView.class);
        assertThat($(Grid.class, view).all()).hasSize(1);
        assertThat($(Paragraph.class, view).all()).isEmpty();
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void caseworkerIsRefusedOrganisations() {
        navigate("admin/organisations", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void coordinatorIsRefusedUsers() {
        navigate("admin/users", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
