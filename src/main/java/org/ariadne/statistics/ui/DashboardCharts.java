package org.ariadne.statistics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.statistics.Breakdown;
import org.ariadne.statistics.Dashboard;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.disclosure.Shown;
import org.ariadne.statistics.ui.ChartOptions.Series;
import org.jspecify.annotations.Nullable;

/** The dashboard's charts, each drawn from one protected table. */
final class DashboardCharts {

    static final List<String> TREND_FORMS = List.of("SEXUAL_EXPLOITATION", "FORCED_LABOUR", "FORCED_CRIMINALITY",
            "FORCED_BEGGING", "SHAM_MARRIAGE", Dimension.ONLINE_SEXUAL_ABUSE);

    private final Component ui;
    private final String mark;

    DashboardCharts(Component ui) {
        this.ui = ui;
        this.mark = ui.getTranslation("statistics.suppressed-mark");
    }

    Div charts(Dashboard d) {
        var grid = new Div();
        grid.addClassName("stat-charts");
        Map<String, Breakdown> previous = d.previous();
        grid.add(actors(d.table("actors"), previous.get("actors"), d),
                trend(d.table("forms-by-year")),
                children(d.table("children")),
                sexByForm(d.table("sex-by-form")),
                disability(d.table("disability")),
                decisions(d.table("reasonable-grounds"), d.table("conclusive")),
                support(d.table("support")),
                stacked("chart-services", "statistics.chart.services", d.table("services"), true),
                satisfaction(d.table("satisfaction")),
                declines(d.table("declines")),
                stacked("chart-feedback", "statistics.chart.feedback", d.table("feedback"), true));
        return grid;
    }

    private EChart chart(String id, String titleKey, Map<String, Object> option) {
        var chart = new EChart(ui.getTranslation(titleKey));
        chart.setId(id);
        chart.addClassName("stat-chart");
        chart.setOption(option);
        return chart;
    }

    private EChart actors(Breakdown now, @Nullable Breakdown before, Dashboard d) {
        List<Integer> shown = visibleColumns(now, before);
        List<String> labels = shown.stream().map(j -> Labels.value(ui, now.columns(), now.columnValues().get(j))).toList();
        List<Series> series = new ArrayList<>();
        series.add(new Series(d.query().period().label(), shown.stream().map(j -> now.table().columnTotal(j)).toList()));
        if (before != null && d.comparison() != null) {
            series.add(new Series(d.comparison().period().label(),
                    shown.stream().map(j -> before.table().columnTotal(j)).toList()));
        }
        return chart("chart-actors", "statistics.chart.actors",
                ChartOptions.bars(ui.getTranslation("statistics.chart.actors"), labels, series, false, true, mark));
    }

    private EChart trend(Breakdown t) {
        List<String> years = t.rowValues();
        List<Series> series = new ArrayList<>();
        for (String form : TREND_FORMS) {
            int j = t.columnValues().indexOf(form);
            List<Shown> values = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                values.add(t.table().cell(i, j));
            }
            series.add(new Series(Labels.value(ui, Dimension.FORM, form), values));
        }
        return chart("chart-forms-by-year", "statistics.chart.forms-by-year",
                ChartOptions.bars(ui.getTranslation("statistics.chart.forms-by-year"), years, series, false, false, mark));
    }

    private EChart children(Breakdown t) {
        List<Shown> values = List.of(t.row("CHILD"), t.row("ADULT"));
        return chart("chart-children", "statistics.chart.children", ChartOptions.pie(
                ui.getTranslation("statistics.chart.children") + " · " + Labels.share(ui, t.row("CHILD"), t.total()),
                Labels.rows(ui, t), values, mark));
    }

    private EChart sexByForm(Breakdown t) {
        List<Integer> shown = visibleColumns(t, null);
        List<String> labels = shown.stream().map(j -> Labels.value(ui, t.columns(), t.columnValues().get(j))).toList();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < t.rowValues().size(); i++) {
            int row = i;
            series.add(new Series(Labels.value(ui, t.rows(), t.rowValues().get(i)),
                    shown.stream().map(j -> t.table().cell(row, j)).toList()));
        }
        var chart = chart("chart-sex-by-form", "statistics.chart.sex-by-form",
                ChartOptions.bars(ui.getTranslation("statistics.chart.sex-by-form"), labels, series, true, true, mark));
        chart.setHeight("420px");
        return chart;
    }

    private EChart disability(Breakdown t) {
        List<Shown> values = t.rowValues().stream().map(t::row).toList();
        return chart("chart-disability", "statistics.chart.disability", ChartOptions.pie(
                ui.getTranslation("statistics.chart.disability"), Labels.rows(ui, t), values, mark));
    }

    private EChart decisions(Breakdown rg, Breakdown cd) {
        List<String> labels = List.of(ui.getTranslation("statistics.dimension.REASONABLE_GROUNDS"),
                ui.getTranslation("statistics.dimension.CONCLUSIVE"));
        List<Series> series = List.of(
                new Series(ui.getTranslation("statistics.decision.POSITIVE"), List.of(rg.row("POSITIVE"), cd.row("POSITIVE"))),
                new Series(ui.getTranslation("statistics.decision.NEGATIVE"), List.of(rg.row("NEGATIVE"), cd.row("NEGATIVE"))));
        return chart("chart-decisions", "statistics.chart.decisions",
                ChartOptions.bars(ui.getTranslation("statistics.chart.decisions"), labels, series, true, false, mark));
    }

    private EChart support(Breakdown t) {
        List<String> labels = Labels.rows(ui, t);
        List<Series> series = new ArrayList<>();
        for (int j = 0; j < t.columnValues().size(); j++) {
            int col = j;
            List<Shown> values = new ArrayList<>();
            for (int i = 0; i < t.rowValues().size(); i++) {
                values.add(t.table().cell(i, col));
            }
            series.add(new Series(Labels.value(ui, t.columns(), t.columnValues().get(j)), values));
        }
        return chart("chart-support", "statistics.chart.support",
                ChartOptions.bars(ui.getTranslation("statistics.chart.support"), labels, series, true, false, mark));
    }

    private EChart satisfaction(Breakdown t) {
        return stacked("chart-satisfaction", "statistics.chart.satisfaction", t, true);
    }

    private EChart declines(Breakdown t) {
        List<Integer> shown = visibleColumns(t, null);
        return chart("chart-declines", "statistics.chart.declines", ChartOptions.pie(
                ui.getTranslation("statistics.chart.declines"),
                shown.stream().map(j -> Labels.value(ui, t.columns(), t.columnValues().get(j))).toList(),
                shown.stream().map(j -> t.table().columnTotal(j)).toList(), mark));
    }

    /** Rows as categories, one stacked series per column that has any count. */
    private EChart stacked(String id, String titleKey, Breakdown t, boolean horizontal) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < t.rowValues().size(); i++) {
            if (t.table().rowTotal(i).suppressed() || t.table().rowTotal(i).orElse(0) > 0) {
                rows.add(i);
            }
        }
        List<Series> series = new ArrayList<>();
        for (int j : visibleColumns(t, null)) {
            series.add(new Series(Labels.value(ui, t.columns(), t.columnValues().get(j)),
                    rows.stream().map(i -> t.table().cell(i, j)).toList()));
        }
        List<String> labels = rows.stream().map(i -> Labels.value(ui, t.rows(), t.rowValues().get(i))).toList();
        var chart = chart(id, titleKey, ChartOptions.bars(ui.getTranslation(titleKey), labels, series, true, horizontal, mark));
        chart.setHeight("380px");
        return chart;
    }

    /** Columns with a count in either period (a hidden count is a count). */
    private static List<Integer> visibleColumns(Breakdown t, @Nullable Breakdown other) {
        List<Integer> shown = new ArrayList<>();
        for (int j = 0; j < t.columnValues().size(); j++) {
            Shown a = t.table().columnTotal(j);
            Shown b = other == null ? new Shown(0L) : other.table().columnTotal(j);
            if (a.suppressed() || a.orElse(0) > 0 || b.suppressed() || b.orElse(0) > 0) {
                shown.add(j);
            }
        }
        return shown;
    }
}
