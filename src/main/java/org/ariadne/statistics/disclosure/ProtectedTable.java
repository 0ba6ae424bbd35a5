package org.ariadne.statistics.disclosure;

/**
 * A table of counts with its row, column and grand totals after disclosure control: what may be
 * published, and nothing else. Raw values stay inside this package.
 *
 * <p>Positions use the augmented layout: rows {@code 0..rows()-1} and columns
 * {@code 0..columns()-1} are the body, row index {@code rows()} holds the column totals and
 * column index {@code columns()} the row totals.
 */
public final class ProtectedTable {

    private final long[][] raw;
    private final CellState[][] states;
    private final DisclosureRules rules;

    ProtectedTable(long[][] raw, CellState[][] states, DisclosureRules rules) {
        this.raw = raw;
        this.states = states;
        this.rules = rules;
    }

    public int rows() {
        return raw.length - 1;
    }

    public int columns() {
        return raw[0].length - 1;
    }

    public Shown cell(int row, int column) {
        return shown(row, column);
    }

    public Shown rowTotal(int row) {
        return shown(row, columns());
    }

    public Shown columnTotal(int column) {
        return shown(rows(), column);
    }

    public Shown total() {
        return shown(rows(), columns());
    }

    public DisclosureRules rules() {
        return rules;
    }

    public DisclosureNote note() {
        int hidden = 0;
        for (CellState[] row : states) {
            for (CellState state : row) {
                if (state.isSuppressed()) {
                    hidden++;
                }
            }
        }
        return new DisclosureNote(rules.k(), rules.roundingBase(), hidden);
    }

    /** Whether any body cell, total or margin is hidden. */
    public boolean anySuppressed() {
        return note().suppressedCells() > 0;
    }

    private Shown shown(int row, int column) {
        if (states[row][column].isSuppressed()) {
            return Shown.SUPPRESSED;
        }
        return new Shown(rules.round(raw[row][column]));
    }

    long raw(int row, int column) {
        return raw[row][column];
    }

    CellState state(int row, int column) {
        return states[row][column];
    }
}
