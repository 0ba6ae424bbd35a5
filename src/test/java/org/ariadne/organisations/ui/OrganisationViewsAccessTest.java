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

    @org.springframework.beans.factory.annotation.Autowired
    org.ariadne.organisations.OrganisationService organisations;

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

    @Test
    @WithUserDetails("admin")
    void administratorSetsANotificationAddressInTheDialogAndAWrongOneIsMarked() {
        OrganisationListView view = navigate(OrganisationListView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class, view).first()).setValue("SHELTER-SAFEHOUSE");
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = $(Grid.class, view).single();
        test(grid).clickRow(0);
        OrganisationDialog dialog = $(OrganisationDialog.class).single();
        var email = $(com.vaadin.flow.component.textfield.EmailField.class, dialog).id("notification-email");
        test(email).setValue("shelter at example");
        test($(com.vaadin.flow.component.button.Button.class, dialog).id("save-organisation")).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(organisations.findByCode("SHELTER-SAFEHOUSE").orElseThrow().notificationEmail()).isNull();
        test(email).setValue("intake@shelter.example.org");
        test($(com.vaadin.flow.component.button.Button.class, dialog).id("save-organisation")).click();
        assertThat(organisations.findByCode("SHELTER-SAFEHOUSE").orElseThrow().notificationEmail())
                .isEqualTo("intake@shelter.example.org");
        Organisation saved = organisations.findByCode("SHELTER-SAFEHOUSE").orElseThrow();
        organisations.update(saved.id(), new org.ariadne.organisations.OrganisationDraft(null, saved.name(),
                saved.actorType(), saved.region(), true, saved.version(), ""));
    }
}
