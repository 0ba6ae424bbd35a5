package org.ariadne.organisations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.security.AccountSummary;
import org.ariadne.security.LocalAccountService;
import org.ariadne.common.ui.ListToolbar;
import org.ariadne.security.Role;

/**
 * Administration of local accounts (embedded default). With Keycloak, users live there and this
 * screen says so instead.
 */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 91, title = "nav.users", icon = "vaadin:users")
class UserListView extends VerticalLayout implements HasDynamicTitle {

    private final LocalAccountService accounts;
    private final OrganisationService organisations;
    private final Grid<AccountSummary> grid = new Grid<>();
    private ListToolbar toolbar;

    UserListView(LocalAccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
        setSizeFull();
        if (!accounts.isAvailable()) {
            var note = new Paragraph(getTranslation("users.managed-in-keycloak"));
            note.setId("users-in-keycloak");
            add(note);
            return;
        }
        toolbar = new ListToolbar("users.filter", "users.new", "new-user", this::refresh, () -> open(null));
        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        Map<String, String> orgNames = organisations.listActive().stream()
                .collect(Collectors.toMap(Organisation::code, Organisation::name));
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.display-name"))
                .setSortProperty("displayName");
        grid.addColumn(a -> orgNames.getOrDefault(a.organisationCode(), a.organisationCode()))
                .setHeader(getTranslation("users.organisation")).setSortProperty("organisationCode");
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            var status = new Span(getTranslation(a.active() ? "common.active" : "common.inactive"));
            status.getElement().getThemeList().add(a.active() ? "badge success" : "badge contrast");
            return status;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private void refresh() {
        String text = toolbar.searchText();
        grid.setItems(query -> accounts.list(text, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(text));
    }

    private void open(AccountSummary account) {
        new AccountDialog(accounts, organisations.listActive(), account, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}
