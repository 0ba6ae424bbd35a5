package org.ariadne.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.security.Role;
import org.ariadne.statistics.Breakdown;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.StatisticsService;

/** Any two dimensions against each other, with totals, protected as one table. All years by default. */
@Route("statistics/pivot")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.DPO})
class PivotView extends VerticalLayout implements HasDynamicTitle {

    private final StatisticsService statistics;
    private final Select<Dimension> rows = new Select<>();
    private final Select<Dimension> columns = new Select<>();
    private final PeriodPicker period;
    private final Paragraph note = new Paragraph();
    private final Grid<Integer> grid = new Grid<>();

    PivotView(StatisticsService statistics) {
        this.statistics = statistics;
        addClassName("stat-view");
        List<Integer> years = statistics.years().isEmpty() ? List.of(LocalDate.now().getYear()) : statistics.years();
        period = new PeriodPicker(getTranslation("statistics.period"), years, years.getLast());
        period.setValue(new Period(YearMonth.of(years.getFirst(), 1), YearMonth.of(years.getLast(), 12)));
        period.setId("period");
        for (var select : List.of(rows, columns)) {
            select.setItems(Arrays.stream(Dimension.values()).filter(d -> d != Dimension.COMPENSATION_SOURCE).toList());
            select.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        }
        rows.setLabel(getTranslation("statistics.pivot.rows"));
        rows.setId("pivot-rows");
        rows.setValue(Dimension.IDENTIFYING_ACTOR);
        columns.setLabel(getTranslation("statistics.pivot.columns"));
        columns.setId("pivot-columns");
        columns.setValue(Dimension.YEAR);
        var show = new Button(getTranslation("statistics.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setId("show");
        var filters = new FlexLayout(rows, columns, period, show);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("stat-filters");
        note.addClassName("stat-note");
        note.setId("disclosure-note");
        grid.setId("pivot");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        add(new StatisticsNav(), new Paragraph(getTranslation("statistics.pivot.help")), filters, note, grid);
        refresh();
    }

    private void refresh() {
        try {
            Breakdown b = statistics.pivot(new StatisticsQuery(period.required(), null), rows.getValue(), columns.getValue());
            show(b);
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
    }

    private void show(Breakdown b) {
        note.setText(Labels.note(this, b.table().note()) + (b.columns().isSet() || b.rows().isSet()
                ? " " + getTranslation("statistics.pivot.set-note") : ""));
        grid.removeAllColumns();
        List<String> rowLabels = Labels.rows(this, b);
        int m = b.rowValues().size();
        grid.addColumn(i -> i == m ? getTranslation("statistics.total") : rowLabels.get(i))
                .setHeader(getTranslation(b.rows().messageKey())).setFrozen(true).setAutoWidth(true);
        List<String> colLabels = Labels.columns(this, b);
        for (int j = 0; j < colLabels.size(); j++) {
            int col = j;
            grid.addColumn(i -> Labels.count(this, i == m ? b.table().columnTotal(col) : b.table().cell(i, col)))
                    .setHeader(colLabels.get(j)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(i -> Labels.count(this, i == m ? b.total() : b.table().rowTotal(i)))
                .setHeader(getTranslation("statistics.total")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i <= m; i++) {
            items.add(i);
        }
        grid.setItems(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics.pivot") + " · " + getTranslation("app.name");
    }
}
