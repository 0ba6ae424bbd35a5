package org.ariadne.statistics;

import org.ariadne.statistics.disclosure.Shown;
import org.jspecify.annotations.Nullable;

/**
 * Days from referral to a decision, for the decisions made in a period: how many, the median and
 * the 90th percentile. The percentiles are withheld when fewer than k decisions were made.
 */
public record DecisionTimes(Shown decisions, @Nullable Integer medianDays, @Nullable Integer p90Days) {

    /** Nearest-rank percentiles of a histogram of days, or none when it holds fewer than k decisions. */
    static DecisionTimes of(java.util.TreeMap<Integer, Long> histogram, Shown decisions, int k) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n < k) {
            return new DecisionTimes(decisions, null, null);
        }
        return new DecisionTimes(decisions, percentile(histogram, n, 0.5), percentile(histogram, n, 0.9));
    }

    private static int percentile(java.util.TreeMap<Integer, Long> histogram, long n, double p) {
        long rank = (long) Math.ceil(p * n);
        long seen = 0;
        for (var entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return histogram.lastKey();
    }
}
