package org.ariadne.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditFilter;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditService;
import org.ariadne.audit.ChainVerification;
import org.ariadne.common.ui.Feedback;
import org.ariadne.security.Role;

/** The DPO's audit trail: who did what to which record, when; integrity check; CSV export. */
@Route("audit")
@RolesAllowed(Role.Names.DPO)
@Menu(order = 80, title = "nav.audit", icon = "vaadin:clipboard-check")
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField user = new TextField();
    private final TextField organisation = new TextField();
    private final TextField record = new TextField();
    private final TextField action = new TextField();
    private final ComboBox<AuditOutcome> outcome = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditTrailView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        add(filters(), grid);
        configureGrid();
        refresh();
    }

    private FlexLayout filters() {
        user.setLabel(getTranslation("audit.user"));
        organisation.setLabel(getTranslation("audit.organisation"));
        record.setLabel(getTranslation("audit.record"));
        record.setId("audit-record");
        action.setLabel(getTranslation("audit.action"));
        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setItems(AuditOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("audit.outcome." + o.name()));
        outcome.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (TextField field : new TextField[] {user, organisation, record, action}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var verify = new Button(getTranslation("audit.verify"), new Icon(VaadinIcon.SHIELD), e -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setId("verify-chain");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = audit.exportCsv(filter());
            return new DownloadResponse(new ByteArrayInputStream(csv), "audit-trail.csv", "text/csv", csv.length);
        }), getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.setId("export-audit");
        var bar = new FlexLayout(user, organisation, record, action, outcome, from, to, verify, export);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("filter-bar");
        bar.setWidthFull();
        return bar;
    }

    private void configureGrid() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale());
        grid.addColumn(e -> time.format(e.at().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::organisationCode).setHeader(getTranslation("audit.organisation")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::objectRef).setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.outcome." + e.outcome().name()))
                .setHeader(getTranslation("audit.outcome")).setAutoWidth(true);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.client")).setAutoWidth(true);
        grid.addColumn(AuditEntry::reason).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), organisation.getValue(), record.getValue(), action.getValue(),
                outcome.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream());
    }

    private void verify() {
        ChainVerification result = audit.verifyChain();
        if (result.intact()) {
            Feedback.success(this, "audit.verify.intact", result.checked());
        } else {
            Feedback.error(this, "audit.verify.broken", result.firstBrokenId().getAsLong(), result.checked());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
