package org.ariadne.statistics.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * A published count: its value after rounding, or nothing when suppressed.
 *
 * @param value the count as published; null when suppressed
 */
public record Shown(@Nullable Long value) {

    public static final Shown SUPPRESSED = new Shown(null);

    public boolean suppressed() {
        return value == null;
    }

    /** The value, or the given default when suppressed. */
    public long orElse(long fallback) {
        return value == null ? fallback : value;
    }
}
