package org.ariadne.statistics.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The intruder's view of tables published together: every row and column equation of every table,
 * with shared figures as one unknown. Gaussian elimination tells which hidden figures are determined
 * by the published ones; each such figure takes one more cell of its row or column with it.
 */
final class JointCheck {

    private static final double EPS = 1e-9;

    private final List<long[][]> tables;
    private final List<CellState[][]> states;
    private final int[] parent;
    private final int[] offset;

    private final List<boolean[][]> shared;

    JointCheck(List<long[][]> tables, List<CellState[][]> states, List<int[]> identities, List<boolean[][]> shared) {
        this.shared = shared;
        this.tables = tables;
        this.states = states;
        this.offset = new int[tables.size() + 1];
        for (int t = 0; t < tables.size(); t++) {
            offset[t + 1] = offset[t] + tables.get(t).length * tables.get(t)[0].length;
        }
        this.parent = new int[offset[tables.size()]];
        for (int p = 0; p < parent.length; p++) {
            parent[p] = p;
        }
        for (int[] id : identities) {
            parent[find(index(id[0], id[1], id[2]))] = find(index(id[3], id[4], id[5]));
        }
    }

    private int index(int t, int i, int j) {
        return offset[t] + i * tables.get(t)[0].length + j;
    }

    private int find(int p) {
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }

    private boolean hidden(int t, int i, int j) {
        return states.get(t)[i][j].isSuppressed();
    }

    /** Hides a figure everywhere it is published once it is hidden somewhere. */
    boolean propagateIdentities() {
        boolean[] hiddenClass = new boolean[parent.length];
        forEachCell((t, i, j) -> {
            if (hidden(t, i, j)) {
                hiddenClass[find(index(t, i, j))] = true;
            }
        });
        boolean[] changed = {false};
        forEachCell((t, i, j) -> {
            if (!hidden(t, i, j) && hiddenClass[find(index(t, i, j))]) {
                states.get(t)[i][j] = CellState.SECONDARY;
                changed[0] = true;
            }
        });
        return changed[0];
    }

    /** Finds a determined hidden figure and hides one more cell beside it; false when none is determined. */
    boolean hideOneMoreWhereDerivable() {
        Map<Integer, Integer> variable = new HashMap<>();
        List<int[]> firstCell = new ArrayList<>();
        forEachCell((t, i, j) -> {
            if (hidden(t, i, j)) {
                int c = find(index(t, i, j));
                if (!variable.containsKey(c)) {
                    variable.put(c, variable.size());
                    firstCell.add(new int[] {t, i, j});
                }
            }
        });
        if (variable.isEmpty()) {
            return false;
        }
        List<double[]> equations = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            long[][] a = tables.get(t);
            int rows = a.length;
            int cols = a[0].length;
            for (int i = 0; i < rows; i++) {
                double[] e = new double[variable.size()];
                for (int j = 0; j < cols; j++) {
                    if (hidden(t, i, j)) {
                        e[variable.get(find(index(t, i, j)))] += j == cols - 1 ? -1 : 1;
                    }
                }
                equations.add(e);
            }
            for (int j = 0; j < cols; j++) {
                double[] e = new double[variable.size()];
                for (int i = 0; i < rows; i++) {
                    if (hidden(t, i, j)) {
                        e[variable.get(find(index(t, i, j)))] += i == rows - 1 ? -1 : 1;
                    }
                }
                equations.add(e);
            }
        }
        int determined = firstDetermined(equations.toArray(new double[0][]), variable.size());
        if (determined < 0) {
            return false;
        }
        int[] cell = firstCell.get(determined);
        hideBeside(cell[0], cell[1], cell[2]);
        return true;
    }

    /** The first variable whose value the equations fix, or -1. */
    static int firstDetermined(double[][] m, int vars) {
        int[] pivotOf = new int[m.length];
        int r = 0;
        for (int col = 0; col < vars && r < m.length; col++) {
            int best = -1;
            for (int i = r; i < m.length; i++) {
                if (Math.abs(m[i][col]) > EPS && (best < 0 || Math.abs(m[i][col]) > Math.abs(m[best][col]))) {
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
            for (int c = col; c < vars; c++) {
                m[r][c] /= p;
            }
            for (int i = 0; i < m.length; i++) {
                if (i != r && Math.abs(m[i][col]) > EPS) {
                    double f = m[i][col];
                    for (int c = col; c < vars; c++) {
                        m[i][c] -= f * m[r][c];
                    }
                }
            }
            pivotOf[r++] = col;
        }
        for (int i = 0; i < r; i++) {
            boolean alone = true;
            for (int c = 0; c < vars && alone; c++) {
                alone = c == pivotOf[i] || Math.abs(m[i][c]) <= EPS;
            }
            if (alone) {
                return pivotOf[i];
            }
        }
        return -1;
    }

    /** Hides the smallest shown non-zero cell in the row or column of (i, j), never the grand total if avoidable. */
    private void hideBeside(int t, int i, int j) {
        long[][] a = tables.get(t);
        int gi = a.length - 1;
        int gj = a[0].length - 1;
        int[] best = null;
        for (int x = 0; x <= gi; x++) {
            for (int y = 0; y <= gj; y++) {
                boolean inLine = x == i || y == j;
                boolean candidate = inLine && a[x][y] > 0 && !hidden(t, x, y) && !(x == gi && y == gj);
                if (candidate && (best == null || cost(t, x, y) < cost(t, best[0], best[1]))) {
                    best = new int[] {x, y};
                }
            }
        }
        if (best == null) {
            for (int x = 0; x <= gi; x++) {
                for (int y = 0; y <= gj; y++) {
                    if (a[x][y] > 0 && !hidden(t, x, y) && !(x == gi && y == gj) && best == null) {
                        best = new int[] {x, y};
                    }
                }
            }
        }
        if (best == null) {
            best = new int[] {gi, gj};
        }
        states.get(t)[best[0]][best[1]] = CellState.SECONDARY;
    }

    /** Cells other tables also publish come last: hiding them would spread. */
    private double cost(int t, int i, int j) {
        return tables.get(t)[i][j] * (shared.get(t)[i][j] ? 1_000.0 : 1.0);
    }

    private interface CellVisitor {
        void visit(int t, int i, int j);
    }

    private void forEachCell(CellVisitor visitor) {
        for (int t = 0; t < tables.size(); t++) {
            long[][] a = tables.get(t);
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a[0].length; j++) {
                    visitor.visit(t, i, j);
                }
            }
        }
    }
}
