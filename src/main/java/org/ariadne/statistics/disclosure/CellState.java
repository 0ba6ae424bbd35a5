package org.ariadne.statistics.disclosure;

/**
 * Why a cell is shown or hidden. Only {@link #isSuppressed()} may leave the statistics feature:
 * telling primary from secondary suppression would reveal that a hidden count is below k.
 */
public enum CellState {
    SHOWN,
    PRIMARY,
    SECONDARY;

    public boolean isSuppressed() {
        return this != SHOWN;
    }
}
