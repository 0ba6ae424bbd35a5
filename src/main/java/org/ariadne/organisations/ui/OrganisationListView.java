package org.ariadne.organisations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.common.ui.ListToolbar;
import org.ariadne.security.Role;

/** Administration of organisations: list, create, edit, deactivate. */
@Route("admin/organisations")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, title = "nav.organisations", icon = "vaadin:building")
class OrganisationListView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService service;
    private final Grid<Organisation> grid = new Grid<>();
    private ListToolbar toolbar;

    OrganisationListView(OrganisationService service) {
        this.service = service;
        setSizeFull();
        toolbar = new ListToolbar("organisations.filter", "organisations.new", "new-organisation", this::refresh,
                () -> open(null));
        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(Organisation::code).setHeader(getTranslation("organisations.code")).setSortProperty("code")
                .setAutoWidth(true);
        grid.addColumn(Organisation::name).setHeader(getTranslation("organisations.name")).setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(org -> getTranslation("actor-type." + org.actorType().name()))
                .setHeader(getTranslation("organisations.actor-type")).setSortProperty("actorType").setAutoWidth(true);
        grid.addColumn(Organisation::region).setHeader(getTranslation("organisations.region")).setSortProperty("region");
        grid.addComponentColumn(org -> {
            var status = new Span(getTranslation(org.active() ? "common.active" : "common.inactive"));
            status.getElement().getThemeList().add(org.active() ? "badge success" : "badge contrast");
            return status;
        }).setHeader(getTranslation("organisations.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private void refresh() {
        String text = toolbar.searchText();
        grid.setItems(query -> service.search(text, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(text));
    }

    private void open(Organisation organisation) {
        new OrganisationDialog(service, organisation, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations") + " · " + getTranslation("app.name");
    }
}
