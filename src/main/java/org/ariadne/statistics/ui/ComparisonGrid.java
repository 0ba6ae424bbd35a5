package org.ariadne.statistics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.statistics.Breakdown;
import org.ariadne.statistics.Dashboard;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.disclosure.Shown;

/** Key figures of two periods side by side, with the change; a change involving a hidden count is hidden. */
final class ComparisonGrid extends Grid<ComparisonGrid.Row> {

    record Row(String label, Shown now, Shown before) {
    }

    ComparisonGrid(Dashboard d) {
        setId("comparison");
        addColumn(Row::label).setHeader(getTranslation("statistics.compare.figure")).setFlexGrow(3);
        addColumn(r -> Labels.count(this, r.now())).setHeader(d.query().period().label()).setFlexGrow(1);
        addColumn(r -> Labels.count(this, r.before())).setHeader(d.comparison().period().label()).setFlexGrow(1);
        addColumn(this::change).setHeader(getTranslation("statistics.compare.change")).setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setItems(rows(d));
    }

    private List<Row> rows(Dashboard d) {
        Map<String, Breakdown> a = d.current();
        Map<String, Breakdown> b = d.previous();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(getTranslation("statistics.kpi.cases"), d.cases(), d.previousCases()));
        rows.add(new Row(getTranslation("statistics.value.CHILD"), a.get("children").row("CHILD"),
                b.get("children").row("CHILD")));
        rows.add(new Row(getTranslation("statistics.value.LAW_ENFORCEMENT"), a.get("actors").row("LAW_ENFORCEMENT"),
                b.get("actors").row("LAW_ENFORCEMENT")));
        rows.add(new Row(getTranslation("statistics.value.NGO"), a.get("actors").row("NGO"), b.get("actors").row("NGO")));
        for (String form : DashboardCharts.TREND_FORMS) {
            rows.add(new Row(Labels.value(this, Dimension.FORM, form), a.get("sex-by-form").column(form),
                    b.get("sex-by-form").column(form)));
        }
        rows.add(new Row(getTranslation("statistics.kpi.conclusive"), a.get("conclusive").total(),
                b.get("conclusive").total()));
        return rows;
    }

    private String change(Row r) {
        if (r.now().suppressed() || r.before().suppressed()) {
            return getTranslation("statistics.suppressed-mark");
        }
        long diff = r.now().orElse(0) - r.before().orElse(0);
        String sign = diff > 0 ? "+" : "";
        if (r.before().orElse(0) == 0) {
            return sign + diff;
        }
        return String.format("%s%d (%s%.1f %%)", sign, diff, sign, 100.0 * diff / r.before().orElse(0));
    }
}
