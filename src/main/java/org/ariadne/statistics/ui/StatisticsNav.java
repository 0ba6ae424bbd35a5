package org.ariadne.statistics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;

/** Links between the statistics screens (the main menu lists only the dashboard). */
final class StatisticsNav extends Div {

    StatisticsNav() {
        addClassName("stat-nav");
        add(link("nav.statistics", StatisticsDashboardView.class, "nav-dashboard"),
                link("nav.statistics.indicators", IndicatorSetView.class, "nav-indicators"),
                link("nav.statistics.pivot", PivotView.class, "nav-pivot"),
                link("nav.statistics.exports", StatisticsExportsView.class, "nav-exports"));
    }

    private RouterLink link(String key, Class<? extends com.vaadin.flow.component.Component> view, String id) {
        var link = new RouterLink(getTranslation(key), view);
        link.setId(id);
        link.setHighlightCondition(com.vaadin.flow.router.HighlightConditions.sameLocation());
        return link;
    }
}
