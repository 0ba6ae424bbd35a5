package org.ariadne.statistics.disclosure;

/**
 * The disclosure-control settings every published figure is produced under.
 *
 * @param k            counts from 1 to k-1 are suppressed (primary suppression); at least 2
 * @param roundingBase published counts are rounded to a multiple of this; 0 or 1 for no rounding
 */
public record DisclosureRules(int k, int roundingBase) {

    public static final int DEFAULT_K = 10;
    public static final DisclosureRules DEFAULTS = new DisclosureRules(DEFAULT_K, 0);

    public DisclosureRules {
        if (k < 2 || k > 1000) {
            throw new IllegalArgumentException("k must be between 2 and 1000");
        }
        if (roundingBase < 0 || roundingBase > 1000) {
            throw new IllegalArgumentException("the rounding base must be between 0 and 1000");
        }
    }

    public boolean rounds() {
        return roundingBase > 1;
    }

    /** Rounds a published count to the nearest multiple of the base (halves up); zero stays zero. */
    public long round(long value) {
        if (!rounds() || value == 0) {
            return value;
        }
        long rounded = Math.round((double) value / roundingBase) * roundingBase;
        return rounded == 0 ? roundingBase : rounded;
    }
}
