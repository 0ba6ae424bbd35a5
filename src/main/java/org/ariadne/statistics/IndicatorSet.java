package org.ariadne.statistics;

import java.time.Instant;
import java.util.List;
import org.ariadne.statistics.disclosure.DisclosureNote;
import org.jspecify.annotations.Nullable;

/**
 * The national answer set for a period: every CASE indicator computed, the JUR facts shown, with
 * its review status. {@code version} guards concurrent reviews (optimistic locking).
 */
public record IndicatorSet(StatisticsQuery query, List<Indicator> indicators, ReviewStatus status, int version,
                           @Nullable String reviewedBy, @Nullable Instant reviewedAt, int policyVersion,
                           DisclosureNote note) {

    public enum ReviewStatus {
        DRAFT,
        REVIEWED
    }

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }
}
