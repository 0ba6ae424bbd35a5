package org.ariadne.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.security.Role;
import org.ariadne.statistics.Dashboard;
import org.ariadne.statistics.DecisionTimes;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.StatisticsService;

/**
 * The national co-ordinator's dashboard: anonymised counts for a period and region, optionally
 * compared with a second period. Everything shown has passed disclosure control.
 */
@Route("statistics")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.DPO})
@Menu(order = 60, title = "nav.statistics", icon = "vaadin:chart")
class StatisticsDashboardView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL_REGIONS = "";

    private final StatisticsService statistics;
    private final PeriodPicker period;
    private final PeriodPicker comparison;
    private final Checkbox compare = new Checkbox();
    private final Select<String> region = new Select<>();
    private final Paragraph note = new Paragraph();
    private final Div kpis = new Div();
    private final Div content = new Div();

    StatisticsDashboardView(StatisticsService statistics) {
        this.statistics = statistics;
        addClassName("stat-view");
        List<Integer> years = years(statistics.years());
        int latest = years.getLast();
        period = new PeriodPicker(getTranslation("statistics.period"), years, latest);
        period.setId("period");
        comparison = new PeriodPicker(getTranslation("statistics.compare.with"), years, years.size() > 1 ? latest - 1 : latest);
        comparison.setId("comparison-period");
        compare.setLabel(getTranslation("statistics.compare"));
        compare.setId("compare");
        comparison.setVisible(false);
        compare.addValueChangeListener(e -> comparison.setVisible(e.getValue()));
        List<String> regions = new ArrayList<>();
        regions.add(ALL_REGIONS);
        regions.addAll(statistics.regions());
        region.setItems(regions);
        region.setValue(ALL_REGIONS);
        region.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("statistics.region.all") : r);
        region.setLabel(getTranslation("statistics.dimension.REGION"));
        region.setId("region");
        var show = new Button(getTranslation("statistics.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setId("show");
        var filters = new FlexLayout(period, region, compare, comparison, show);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("stat-filters");
        note.addClassName("stat-note");
        note.setId("disclosure-note");
        kpis.addClassName("stat-kpis");
        content.setWidthFull();
        add(new StatisticsNav(), filters, note, kpis, content);
        refresh();
    }

    private static List<Integer> years(List<Integer> withData) {
        return withData.isEmpty() ? List.of(LocalDate.now().getYear()) : withData;
    }

    private void refresh() {
        try {
            Period p = period.required();
            StatisticsQuery query = new StatisticsQuery(p, region.getValue());
            StatisticsQuery other = compare.getValue() ? new StatisticsQuery(comparison.required(), region.getValue()) : null;
            show(statistics.dashboard(query, other));
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
    }

    private void show(Dashboard d) {
        note.setText(Labels.note(this, d.note()));
        kpis.removeAll();
        kpis.add(kpi("kpi-cases", Labels.count(this, d.cases()), getTranslation("statistics.kpi.cases")),
                kpi("kpi-children", Labels.share(this, d.table("children").row("CHILD"), d.table("children").total()),
                        getTranslation("statistics.kpi.children")),
                kpi("kpi-rg", days(d.reasonableGrounds()), getTranslation("statistics.kpi.rg-days",
                        Labels.count(this, d.reasonableGrounds().decisions()))),
                kpi("kpi-cd", days(d.conclusive()), getTranslation("statistics.kpi.cd-days",
                        Labels.count(this, d.conclusive().decisions()))));
        content.removeAll();
        if (d.comparison() != null) {
            content.add(new H3(getTranslation("statistics.compare.title", d.query().period().label(),
                    d.comparison().period().label())), new ComparisonGrid(d));
        }
        content.add(new DashboardCharts(this).charts(d));
    }

    private String days(DecisionTimes t) {
        if (t.medianDays() == null) {
            return getTranslation("statistics.kpi.too-few");
        }
        return getTranslation("statistics.kpi.days", t.medianDays(), t.p90Days());
    }

    private Div kpi(String id, String value, String text) {
        var label = new Span(text);
        label.addClassName("stat-kpi-label");
        var figure = new Span(value);
        figure.addClassName("stat-kpi-value");
        var card = new Div(figure, label);
        card.setId(id);
        card.addClassName("stat-kpi");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics") + " · " + getTranslation("app.name");
    }
}
