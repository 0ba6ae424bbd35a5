package org.ariadne.statistics.disclosure;

/**
 * What every output says about the control applied to it: the threshold, the rounding base and
 * how many cells were hidden (primary and secondary together, so that neither count gives a
 * hidden value away).
 */
public record DisclosureNote(int k, int roundingBase, int suppressedCells) {

    public DisclosureNote plus(DisclosureNote other) {
        return new DisclosureNote(k, roundingBase, suppressedCells + other.suppressedCells);
    }
}
