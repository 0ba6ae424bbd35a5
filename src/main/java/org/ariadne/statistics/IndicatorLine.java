package org.ariadne.statistics;

import org.ariadne.statistics.disclosure.Shown;
import org.jspecify.annotations.Nullable;

/**
 * One figure of an indicator: what it measures ({@code item}, a code within the indicator), its
 * value, and the published numerator and denominator it was computed from.
 *
 * @param itemKey     translation key of what the line measures
 * @param value       a percentage, a number of days or an average rating; null when suppressed or undefined
 * @param unit        how to read the value
 * @param denominator null when the line is a count or a statistic without one
 */
public record IndicatorLine(String code, String item, String itemKey, @Nullable Double value, Unit unit,
                            Shown numerator, @Nullable Shown denominator) {

    public enum Unit {
        PERCENT,
        COUNT,
        DAYS,
        RATING
    }

    /** The translation key of what the line's label names (a service, a compensation source), or null. */
    public @Nullable String argumentKey() {
        int colon = item.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = item.substring(colon + 1);
        return switch (code) {
            case "SERVICE_SATISFACTION" -> "statistics.service-type." + rest;
            case "COMPENSATION" -> "statistics.compensation-source." + rest;
            default -> null;
        };
    }

    /** Whether a figure this line needs was suppressed. */
    public boolean suppressed() {
        return numerator.suppressed() || (denominator != null && denominator.suppressed())
                || (value == null && unit != Unit.PERCENT && numerator.orElse(0) > 0);
    }

    static IndicatorLine share(String code, String item, String itemKey, Shown numerator, Shown denominator) {
        Double value = null;
        if (!numerator.suppressed() && !denominator.suppressed() && denominator.orElse(0) > 0) {
            value = Math.round(1000.0 * numerator.orElse(0) / denominator.orElse(0)) / 10.0;
        }
        return new IndicatorLine(code, item, itemKey, value, Unit.PERCENT, numerator, denominator);
    }

    static IndicatorLine count(String code, String item, String itemKey, Shown count) {
        return new IndicatorLine(code, item, itemKey, count.value() == null ? null : count.value().doubleValue(),
                Unit.COUNT, count, null);
    }
}
