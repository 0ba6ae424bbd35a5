package org.ariadne.statistics;

import java.util.Map;
import org.ariadne.statistics.disclosure.DisclosureNote;
import org.ariadne.statistics.disclosure.Shown;
import org.jspecify.annotations.Nullable;

/**
 * The co-ordinator's dashboard for a period, and optionally a second period to compare with,
 * protected as one publication. Table ids: see {@link DashboardBuilder}.
 */
public record Dashboard(StatisticsQuery query, @Nullable StatisticsQuery comparison, Map<String, Breakdown> current,
                        Map<String, Breakdown> previous, DecisionTimes reasonableGrounds,
                        DecisionTimes conclusive, @Nullable DecisionTimes previousReasonableGrounds,
                        @Nullable DecisionTimes previousConclusive, DisclosureNote note) {

    /** Persons counted in the (first) period. */
    public Shown cases() {
        return current.get(DashboardBuilder.ACTORS).total();
    }

    public @Nullable Shown previousCases() {
        return previous.isEmpty() ? null : previous.get(DashboardBuilder.ACTORS).total();
    }

    public Breakdown table(String id) {
        return current.get(id);
    }
}
