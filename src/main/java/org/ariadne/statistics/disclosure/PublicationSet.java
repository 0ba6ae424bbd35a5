package org.ariadne.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables published together for one query (a dashboard, an indicator set, a pivot with its
 * marginal), and the cells they share: a figure shown in two tables must be hidden in both or in
 * neither, and an intruder may combine the equations of all of them. Positions are augmented: row
 * {@code rows} holds the column totals, column {@code columns} the row totals.
 */
public final class PublicationSet {

    final List<long[][]> bodies = new ArrayList<>();
    final List<int[]> identities = new ArrayList<>();

    /** Adds a table; returns its index. */
    public int add(long[][] body) {
        bodies.add(body);
        return bodies.size() - 1;
    }

    /** Adds a one-row breakdown; returns its index. */
    public int add(long[] counts) {
        return add(new long[][] {counts});
    }

    /** Declares that cell (i, j) of table a and cell (i2, j2) of table b publish the same count. */
    public PublicationSet same(int a, int i, int j, int b, int i2, int j2) {
        identities.add(new int[] {a, i, j, b, i2, j2});
        return this;
    }

    /** Table a's column totals are table b's column totals (same columns). */
    public PublicationSet sameColumnTotals(int a, int b) {
        int n = bodies.get(a)[0].length;
        for (int j = 0; j <= n; j++) {
            same(a, bodies.get(a).length, j, b, bodies.get(b).length, j);
        }
        return this;
    }

    /** Table a's column totals are row {@code row} of table b (same columns), with its row total. */
    public PublicationSet columnTotalsAreRow(int a, int b, int row) {
        int n = bodies.get(a)[0].length;
        for (int j = 0; j <= n; j++) {
            same(a, bodies.get(a).length, j, b, row, j);
        }
        return this;
    }

    /** Table a's column totals are the row totals of table b, in order, grand totals included. */
    public PublicationSet columnTotalsAreRowTotals(int a, int b) {
        int n = bodies.get(a)[0].length;
        for (int j = 0; j <= n; j++) {
            same(a, bodies.get(a).length, j, b, j, bodies.get(b)[0].length);
        }
        return this;
    }

    public int size() {
        return bodies.size();
    }
}
