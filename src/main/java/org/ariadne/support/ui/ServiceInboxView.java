package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.ariadne.security.Role;
import org.ariadne.support.InboxItem;
import org.ariadne.support.ProviderReferral;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ServiceReferralStatus;

/**
 * The provider's inbox: referrals sent to its organisation, newest first, lazy and paged. Nothing
 * about the person appears here; a pending referral is answered from its row.
 */
@Route("services")
@RolesAllowed(Role.Names.SERVICE_PROVIDER)
@Menu(order = 20, title = "nav.services", icon = "vaadin:handshake")
class ServiceInboxView extends VerticalLayout implements HasDynamicTitle {

    private final ProviderService providers;
    final Grid<InboxItem> grid = new Grid<>();
    final ComboBox<ServiceReferralStatus> status = new ComboBox<>();

    ServiceInboxView(ProviderService providers) {
        this.providers = providers;
        setSizeFull();
        addClassName("service-inbox");
        status.setLabel(getTranslation("support.column.status"));
        status.setItems(ServiceReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setPlaceholder(getTranslation("support.inbox.any"));
        status.setClearButtonVisible(true);
        status.setId("inbox-status");
        status.addValueChangeListener(e -> refresh());
        var help = new Paragraph(getTranslation("support.inbox.help"));
        var bar = new HorizontalLayout(status, help);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        add(bar, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(i -> getTranslation(i.serviceType().messageKey())).setHeader(getTranslation("support.column.service"))
                .setAutoWidth(true);
        grid.addColumn(InboxItem::referringOrganisation).setHeader(getTranslation("support.column.from"))
                .setAutoWidth(true);
        grid.addColumn(i -> SupportLabels.date(i.referredOn())).setHeader(getTranslation("support.column.referred"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> SupportLabels.status(this, i.status()))
                .setHeader(getTranslation("support.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> SupportLabels.period(this, i.deliveryStart(), i.deliveryEnd(), i.status()))
                .setHeader(getTranslation("support.column.delivery")).setAutoWidth(true);
        grid.addComponentColumn(this::answerButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("support.inbox.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private Button answerButton(InboxItem item) {
        var answer = new Button(getTranslation("support.inbox.answer"), new Icon(VaadinIcon.REPLY),
                e -> new AnswerDialog(providers, item, this::answered).open());
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        answer.setId("answer-" + item.id());
        answer.setVisible(item.status() == ServiceReferralStatus.PENDING);
        return answer;
    }

    private void answered(ProviderReferral answered) {
        if (answered.givesAccess()) {
            open(answered.referral());
        } else {
            refresh();
        }
    }

    private void open(InboxItem item) {
        getUI().ifPresent(ui -> ui.navigate(ServiceReferralView.class,
                new RouteParameters("id", Long.toString(item.id().value()))));
    }

    void refresh() {
        ServiceReferralStatus filter = status.getValue();
        grid.setItems(query -> providers.inbox(filter, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.inbox.title") + " · " + getTranslation("app.name");
    }
}
