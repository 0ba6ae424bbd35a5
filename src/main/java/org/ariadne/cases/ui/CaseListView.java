package org.ariadne.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ariadne.cases.CaseFilter;
import org.ariadne.cases.CaseListItem;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseSort;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.security.Role;

/** The organisation's cases: lazy and paged, filtered by status, form, period and case code. */
@Route("cases")
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.DECISION_MAKER})
@Menu(order = 10, title = "nav.cases", icon = "vaadin:records")
class CaseListView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final Grid<CaseListItem> grid = new Grid<>();
    private final TextField code = new TextField();
    private final ComboBox<CaseStatus> status = new ComboBox<>();
    private final ComboBox<ExploitationForm> form = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    CaseListView(CaseService cases) {
        this.cases = cases;
        setSizeFull();
        addClassName("case-list-view");
        add(filters(), grid);
        configureGrid();
        refresh();
    }

    private FlexLayout filters() {
        code.setLabel(getTranslation("cases.list.search"));
        code.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        code.setValueChangeMode(ValueChangeMode.LAZY);
        code.setClearButtonVisible(true);
        code.setMaxLength(16);
        status.setLabel(getTranslation("cases.list.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> CaseLabels.of(this, "cases.status.", s));
        status.setPlaceholder(getTranslation("cases.list.any"));
        status.setClearButtonVisible(true);
        form.setLabel(getTranslation("cases.list.form"));
        form.setItems(ExploitationForm.values());
        form.setItemLabelGenerator(f -> CaseLabels.of(this, "cases.form.", f));
        form.setPlaceholder(getTranslation("cases.list.any"));
        form.setClearButtonVisible(true);
        form.setWidth("18em");
        from.setLabel(getTranslation("cases.list.from"));
        to.setLabel(getTranslation("cases.list.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        code.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        form.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var create = new Button(getTranslation("cases.list.new"), new Icon(VaadinIcon.PLUS),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-case");
        var emergency = new Button(getTranslation("cases.break-glass.title"), new Icon(VaadinIcon.UNLOCK),
                e -> new BreakGlassDialog(cases).open());
        emergency.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        emergency.setId("break-glass");
        var bar = new FlexLayout(code, status, form, from, to, emergency, create);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("filter-bar");
        bar.setWidthFull();
        return bar;
    }

    private void configureGrid() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(item -> item.code().value()).setHeader(getTranslation("cases.column.code"))
                .setSortable(true).setKey(CaseSort.CODE.name()).setAutoWidth(true).setFlexGrow(0);
        // The badges as a client-side template: a component column would keep a server-side component
        // per badge and visible row in every user's session, and each column costs a few kilobytes of
        // its own (docs/benchmarks.md, retained heap per user), so a child's badge shares this column.
        grid.addColumn(statusBadges()).setHeader(getTranslation("cases.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.encounterDate() == null ? "" : date.format(item.encounterDate()))
                .setHeader(getTranslation("cases.column.met")).setSortable(true).setKey(CaseSort.ENCOUNTER_DATE.name())
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseListItem::region).setHeader(getTranslation("cases.column.region")).setAutoWidth(true);
        grid.addColumn(item -> CaseLabels.all(this, "cases.form.", item.forms()))
                .setHeader(getTranslation("cases.column.forms")).setFlexGrow(3);
        grid.addColumn(item -> date.format(item.updatedAt().atZone(java.time.ZoneId.systemDefault())))
                .setHeader(getTranslation("cases.column.updated")).setSortable(true).setKey(CaseSort.UPDATED.name())
                // Grows rather than fits the dates: the auto width leaves out the header's sort arrows.
                .setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("cases.list.empty"));
        // A click can arrive for a row the grid has just dropped (the filter changed meanwhile): no item then.
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                getUI().ifPresent(ui -> ui.navigate(CaseDetailsView.class,
                        new RouteParameters("code", e.getItem().code().value())));
            }
        });
    }

    /** The status, and for a child a second badge; an adult's label is empty and shows nothing. */
    private LitRenderer<CaseListItem> statusBadges() {
        String child = getTranslation("cases.age.child");
        return LitRenderer.<CaseListItem>of("<span class=\"case-badges\">"
                        + "<span theme=\"${item.theme}\">${item.status}</span>"
                        + "${item.child ? html`<span theme=\"badge warning\">${item.child}</span>` : ''}"
                        + "</span>")
                .withProperty("status", item -> getTranslation("cases.status." + item.status().name()))
                .withProperty("theme", item -> item.status() == CaseStatus.OPEN ? "badge" : "badge contrast")
                .withProperty("child", item -> item.child() ? child : "");
    }

    private void refresh() {
        var filter = new CaseFilter(status.getValue(), form.getValue(), from.getValue(), to.getValue(), code.getValue());
        grid.setItems(query -> {
            List<GridSortOrder<CaseListItem>> order = grid.getSortOrder();
            CaseSort sort = order.isEmpty() ? null : CaseSort.valueOf(order.getFirst().getSorted().getKey());
            boolean ascending = !order.isEmpty() && order.getFirst().getDirection() == SortDirection.ASCENDING;
            return cases.list(filter, sort, ascending, query.getOffset(), query.getLimit()).stream();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.list.title") + " · " + getTranslation("app.name");
    }
}
