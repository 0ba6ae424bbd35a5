package org.ariadne.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * What an intruder can do with a published table and its totals: write down every row and column
 * equation (body cells sum to the row or column total) and solve for the hidden cells. Independent of
 * the way {@link DisclosureControl} chooses cells: plain linear algebra, plus an explicit second table.
 */
final class Attacker {

    private final ProtectedTable table;
    private final int rows;
    private final int cols;
    private final List<int[]> hidden = new ArrayList<>();

    Attacker(ProtectedTable table) {
        this.table = table;
        this.rows = table.rows() + 1;
        this.cols = table.columns() + 1;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (table.state(i, j).isSuppressed()) {
                    hidden.add(new int[] {i, j});
                }
            }
        }
    }

    List<int[]> hidden() {
        return hidden;
    }

    /** Hidden cells whose value follows from the published values by linear algebra (Gaussian elimination). */
    List<int[]> derivable() {
        int vars = hidden.size();
        List<double[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] e = new double[vars];
            for (int v = 0; v < vars; v++) {
                int[] c = hidden.get(v);
                if (c[0] == i) {
                    e[v] = c[1] == cols - 1 ? -1 : 1;
                }
            }
            equations.add(e);
        }
        for (int j = 0; j < cols; j++) {
            double[] e = new double[vars];
            for (int v = 0; v < vars; v++) {
                int[] c = hidden.get(v);
                if (c[1] == j) {
                    e[v] = c[0] == rows - 1 ? -1 : 1;
                }
            }
            equations.add(e);
        }
        List<int[]> found = new ArrayList<>();
        for (int v : determined(equations, vars)) {
            found.add(hidden.get(v));
        }
        return found;
    }

    /** Unknowns (by index) whose value the homogeneous part of the equations fixes, by Gauss-Jordan elimination. */
    static List<Integer> determined(List<double[]> equations, int vars) {
        double[][] m = equations.toArray(new double[0][]);
        int[] pivotOfRow = new int[m.length];
        java.util.Arrays.fill(pivotOfRow, -1);
        int r = 0;
        for (int col = 0; col < vars && r < m.length; col++) {
            int best = -1;
            for (int i = r; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9 && (best < 0 || Math.abs(m[i][col]) > Math.abs(m[best][col]))) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[r];
            m[r] = m[best];
            m[best] = swap;
            double p = m[r][col];
            for (int c = 0; c < vars; c++) {
                m[r][c] /= p;
            }
            for (int i = 0; i < m.length; i++) {
                if (i != r && Math.abs(m[i][col]) > 1e-12) {
                    double f = m[i][col];
                    for (int c = 0; c < vars; c++) {
                        m[i][c] -= f * m[r][c];
                    }
                }
            }
            pivotOfRow[r] = col;
            r++;
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            boolean alone = true;
            for (int c = 0; c < vars; c++) {
                if (c != pivotOfRow[i] && Math.abs(m[i][c]) > 1e-9) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                found.add(pivotOfRow[i]);
            }
        }
        return found;
    }

    /**
     * Another table, with no negative count, the same published values and totals, in which the given
     * hidden cell has a different value: proof that the intruder cannot tell which table is true.
     * Null when none is found by moving 1 round a cycle of hidden cells.
     */
    long[][] alternativeFor(int[] cell) {
        int nodes = rows + cols;
        int[] prev = new int[nodes];
        java.util.Arrays.fill(prev, -2);
        var queue = new java.util.ArrayDeque<Integer>();
        prev[cell[0]] = -1;
        queue.add(cell[0]);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int[] h : hidden) {
                if (h[0] == cell[0] && h[1] == cell[1]) {
                    continue;
                }
                int next;
                if (node < rows && h[0] == node) {
                    next = rows + h[1];
                } else if (node >= rows && h[1] == node - rows) {
                    next = h[0];
                } else {
                    continue;
                }
                if (prev[next] == -2) {
                    prev[next] = node;
                    queue.add(next);
                }
            }
        }
        int target = rows + cell[1];
        if (prev[target] == -2) {
            return null;
        }
        long[][] alt = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                alt[i][j] = table.raw(i, j);
            }
        }
        // In the augmented table every line of body cells minus its total sums to zero; a total
        // changes with the sign opposite to a body cell of its line.
        int sign = 1;
        add(alt, cell[0], cell[1], sign);
        int node = target;
        while (node != cell[0]) {
            int before = prev[node];
            int i = node < rows ? node : before;
            int j = node < rows ? before - rows : node - rows;
            sign = -sign;
            add(alt, i, j, sign);
            node = before;
        }
        return alt;
    }

    private void add(long[][] alt, int i, int j, int sign) {
        boolean total = (i == rows - 1) != (j == cols - 1);
        alt[i][j] += total ? -sign : sign;
    }
}
