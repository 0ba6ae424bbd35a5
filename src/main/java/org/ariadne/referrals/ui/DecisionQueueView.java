package org.ariadne.referrals.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.QueueItem;
import org.ariadne.security.Role;

/**
 * The decision queue of the competent authority (or any organisation cases are referred to for a
 * decision): nearest deadline first, with days remaining and at-risk and overdue marks. No names.
 */
@Route("decisions")
@RolesAllowed(Role.Names.DECISION_MAKER)
@Menu(order = 20, title = "nav.decisions", icon = "vaadin:gavel")
class DecisionQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<QueueItem> grid = new Grid<>();

    DecisionQueueView(NrmService nrm) {
        setMaxWidth("1100px");
        add(new Paragraph(getTranslation("nrm.queue.intro")));
        grid.addColumn(item -> item.code().value()).setHeader(getTranslation("nrm.queue.code")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.stage().messageKey())).setHeader(getTranslation("nrm.queue.stage"))
                .setFlexGrow(1);
        grid.addComponentColumn(item -> item.child() ? NrmFormat.badge(getTranslation("nrm.queue.child"), "warning")
                : NrmFormat.badge(getTranslation("nrm.queue.adult"), "contrast"))
                .setHeader(getTranslation("nrm.queue.age")).setAutoWidth(true);
        grid.addColumn(item -> item.clockKind() == null ? "" : getTranslation(item.clockKind().messageKey()))
                .setHeader(getTranslation("nrm.queue.clock")).setFlexGrow(1);
        grid.addColumn(item -> NrmFormat.date(this, item.lastDay())).setHeader(getTranslation("nrm.queue.due"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.remaining() == null ? "" : item.remaining().toString())
                .setHeader(getTranslation("nrm.queue.remaining")).setAutoWidth(true);
        grid.addComponentColumn(item -> item.status() == null ? new Span() : NrmFormat.status(this, item.status()))
                .setHeader(getTranslation("nrm.queue.mark")).setAutoWidth(true);
        grid.setItems(query -> nrm.queue(query.getOffset(), query.getLimit()).stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("nrm.queue.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().code().value())));
        grid.setId("decision-queue");
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.decisions") + " · " + getTranslation("app.name");
    }
}
