package org.ariadne.statistics;

import org.jspecify.annotations.Nullable;

/**
 * What a co-ordinator asks for: a period and, optionally, one region (all regions when null).
 */
public record StatisticsQuery(Period period, @Nullable String region) {

    public StatisticsQuery {
        if (region != null && region.isBlank()) {
            region = null;
        }
    }

    public static StatisticsQuery national(Period period) {
        return new StatisticsQuery(period, null);
    }
}
