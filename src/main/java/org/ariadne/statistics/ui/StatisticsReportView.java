package org.ariadne.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import org.ariadne.security.Role;
import org.ariadne.statistics.Dashboard;
import org.ariadne.statistics.Indicator;
import org.ariadne.statistics.IndicatorLine;
import org.ariadne.statistics.IndicatorSet;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.StatisticsService;

/** A printable report of the national answer set with the dashboard's charts (the browser prints it). */
@Route("statistics/report")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.DPO})
class StatisticsReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StatisticsService statistics;

    StatisticsReportView(StatisticsService statistics) {
        this.statistics = statistics;
        addClassName("stat-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Period period = Period.year(LocalDate.now().getYear() - 1);
        var parameter = event.getLocation().getQueryParameters().getSingleParameter("period");
        if (parameter.isPresent() && parameter.get().matches("\\d{4}-\\d{2}\\.\\.\\d{4}-\\d{2}")) {
            String[] parts = parameter.get().split("\\.\\.");
            period = new Period(YearMonth.parse(parts[0]), YearMonth.parse(parts[1]));
        }
        build(period);
    }

    private void build(Period period) {
        removeAll();
        IndicatorSet set = statistics.indicators(period);
        Dashboard dashboard = statistics.dashboard(StatisticsQuery.national(period), null);
        var print = new Button(getTranslation("statistics.report.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        print.addClassName("stat-no-print");
        add(print, new H2(getTranslation("statistics.report.title", period.label())),
                new Paragraph(getTranslation("statistics.review." + set.status().name())),
                new Paragraph(Labels.note(this, set.note())), new DashboardCharts(this).charts(dashboard));
        for (Indicator indicator : set.indicators()) {
            add(new H3(indicator.code() + " · " + getTranslation("statistics.indicator." + indicator.code())));
            var grid = new Grid<IndicatorLine>();
            grid.addColumn(l -> IndicatorPanel.item(this, l)).setHeader(getTranslation("statistics.indicator.item"))
                    .setFlexGrow(4);
            grid.addColumn(l -> IndicatorPanel.value(this, l)).setHeader(getTranslation("statistics.indicator.value"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(l -> Labels.count(this, l.numerator()))
                    .setHeader(getTranslation("statistics.indicator.numerator")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(l -> l.denominator() == null ? "" : Labels.count(this, l.denominator()))
                    .setHeader(getTranslation("statistics.indicator.denominator")).setTextAlign(ColumnTextAlign.END);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.setItems(indicator.lines());
            add(grid);
            if (indicator.annotation() != null) {
                add(new Paragraph(getTranslation("statistics.annotation") + ": " + indicator.annotation()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.report") + " · " + getTranslation("app.name");
    }
}
