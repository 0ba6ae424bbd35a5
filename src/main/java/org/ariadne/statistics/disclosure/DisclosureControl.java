package org.ariadne.statistics.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Disclosure control for every published table: screens, charts, exports and the API alike
 * (data-standards.md). Plain Java, no framework.
 *
 * <ol>
 * <li>Primary suppression: a count from 1 to k-1 is hidden; zero stays zero.</li>
 * <li>Secondary suppression: the table is published with its row, column and grand totals, so a
 * hidden cell must not be recoverable from them. Seen as a bipartite graph (one node per row and
 * per column of the table including its totals, one edge per hidden cell), a hidden value can be
 * derived exactly when its edge is a bridge: on no cycle of hidden cells. Every hidden cell is
 * non-zero, so adding and subtracting 1 alternately round a cycle gives another table with the same
 * totals and no negative count. For each bridge, the cheapest path of non-zero cells that closes a
 * cycle through it (cost: the counts newly hidden) is suppressed too, until no bridge is left.</li>
 * <li>The grand total is the number of records the query covers, which other tables of the same
 * query publish too: it is never hidden, unless it is itself below k, when the whole table is.</li>
 * <li>Optional rounding of every published count to a base, after suppression.</li>
 * </ol>
 */
public final class DisclosureControl {

    /**
     * A cell also published by another table of the same output costs this many times its count to
     * hide: hiding it would spread to the other table, so cycles go round it whenever they can.
     */
    private static final long SHARED_PENALTY = 1_000;

    private final DisclosureRules rules;

    public DisclosureControl(DisclosureRules rules) {
        this.rules = rules;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** Protects a one-dimensional breakdown (one row) with its total. */
    public ProtectedTable protect(long[] counts) {
        return protect(new long[][] {counts});
    }

    /** Protects a table of non-negative counts (at least one row and one column) with its margins. */
    public ProtectedTable protect(long[][] body) {
        var set = new PublicationSet();
        set.add(body);
        return protect(set).getFirst();
    }

    /**
     * Protects tables published together: each is protected on its own, a cell hidden in one table
     * is hidden wherever the same figure appears, and the equations of all tables together are
     * checked by elimination; a hidden cell they still determine takes the cheapest further cell of
     * its row or column with it. Repeats until nothing hidden can be derived.
     */
    public List<ProtectedTable> protect(PublicationSet set) {
        List<long[][]> augmented = new ArrayList<>();
        List<CellState[][]> states = new ArrayList<>();
        for (long[][] body : set.bodies) {
            long[][] a = augment(body);
            augmented.add(a);
            states.add(primary(a));
        }
        for (int[] id : set.identities) {
            if (augmented.get(id[0])[id[1]][id[2]] != augmented.get(id[3])[id[4]][id[5]]) {
                throw new IllegalArgumentException("cells declared the same hold different counts");
            }
        }
        List<boolean[][]> shared = new ArrayList<>();
        for (long[][] a : augmented) {
            shared.add(new boolean[a.length][a[0].length]);
        }
        for (int[] id : set.identities) {
            shared.get(id[0])[id[1]][id[2]] = true;
            shared.get(id[3])[id[4]][id[5]] = true;
        }
        var joint = new JointCheck(augmented, states, set.identities, shared);
        int guard = 0;
        boolean changed = true;
        while (changed) {
            if (++guard > 10_000) {
                throw new IllegalStateException("disclosure control did not settle");
            }
            for (int t = 0; t < augmented.size(); t++) {
                long[][] a = augmented.get(t);
                if (a[a.length - 1][a[0].length - 1] >= rules.k()) {
                    new Secondary(a, states.get(t), shared.get(t)).run();
                }
            }
            changed = joint.propagateIdentities() || joint.hideOneMoreWhereDerivable();
        }
        List<ProtectedTable> result = new ArrayList<>();
        for (int t = 0; t < augmented.size(); t++) {
            result.add(new ProtectedTable(augmented.get(t), states.get(t), rules));
        }
        return result;
    }

    private static long[][] augment(long[][] body) {
        int m = body.length;
        if (m == 0 || body[0].length == 0) {
            throw new IllegalArgumentException("a table needs at least one cell");
        }
        int n = body[0].length;
        long[][] a = new long[m + 1][n + 1];
        for (int i = 0; i < m; i++) {
            if (body[i].length != n) {
                throw new IllegalArgumentException("rows of different length");
            }
            for (int j = 0; j < n; j++) {
                if (body[i][j] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                a[i][j] = body[i][j];
                a[i][n] += body[i][j];
                a[m][j] += body[i][j];
                a[m][n] += body[i][j];
            }
        }
        return a;
    }

    private CellState[][] primary(long[][] a) {
        int k = rules.k();
        long grand = a[a.length - 1][a[0].length - 1];
        CellState[][] states = new CellState[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                states[i][j] = a[i][j] > 0 && a[i][j] < k ? CellState.PRIMARY
                        : a[i][j] > 0 && grand < k ? CellState.SECONDARY : CellState.SHOWN;
            }
        }
        return states;
    }

    /** The search for bridges and for the cheapest cycles that close them. */
    static final class Secondary {

        private final long[][] a;
        private final CellState[][] states;
        private final boolean[][] shared;
        private final int rows;
        private final int cols;

        Secondary(long[][] a, CellState[][] states, boolean[][] shared) {
            this.a = a;
            this.states = states;
            this.shared = shared;
            this.rows = a.length;
            this.cols = a[0].length;
        }

        void run() {
            int[] bridge;
            while ((bridge = firstBridge()) != null) {
                if (!closeCycle(bridge[0], bridge[1], false) && !closeCycle(bridge[0], bridge[1], true)) {
                    throw new IllegalStateException("no cycle can protect a hidden cell");
                }
            }
        }

        private boolean hidden(int i, int j) {
            return states[i][j].isSuppressed();
        }

        /** A hidden cell whose edge is a bridge, smallest value first (ties by position), or null. */
        private int[] firstBridge() {
            int[] best = null;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (hidden(i, j) && !onCycle(i, j) && (best == null || a[i][j] < a[best[0]][best[1]])) {
                        best = new int[] {i, j};
                    }
                }
            }
            return best;
        }

        /** Whether row node i and column node j stay connected through hidden cells other than (i, j). */
        private boolean onCycle(int ri, int cj) {
            boolean[] seenRow = new boolean[rows];
            boolean[] seenCol = new boolean[cols];
            var queue = new ArrayDeque<int[]>();
            seenRow[ri] = true;
            queue.add(new int[] {0, ri});
            while (!queue.isEmpty()) {
                int[] node = queue.poll();
                if (node[0] == 0) {
                    int i = node[1];
                    for (int j = 0; j < cols; j++) {
                        if (hidden(i, j) && !(i == ri && j == cj) && !seenCol[j]) {
                            if (j == cj) {
                                return true;
                            }
                            seenCol[j] = true;
                            queue.add(new int[] {1, j});
                        }
                    }
                } else {
                    int j = node[1];
                    for (int i = 0; i < rows; i++) {
                        if (hidden(i, j) && !(i == ri && j == cj) && !seenRow[i]) {
                            seenRow[i] = true;
                            queue.add(new int[] {0, i});
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Hides the cheapest path of non-zero cells from row node ri to column node cj that avoids
         * the cell (ri, cj) itself and, unless allowed, the grand total. Cost of a cell: 0 when
         * already hidden, else its count (plus one, so that fewer cells win a tie).
         */
        private boolean closeCycle(int ri, int cj, boolean allowGrandTotal) {
            int nodes = rows + cols;
            long[] dist = new long[nodes];
            int[] prev = new int[nodes];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(prev, -1);
            dist[ri] = 0;
            var queue = new PriorityQueue<long[]>((x, y) -> Long.compare(x[0], y[0]));
            queue.add(new long[] {0, ri});
            while (!queue.isEmpty()) {
                long[] top = queue.poll();
                int node = (int) top[1];
                if (top[0] > dist[node]) {
                    continue;
                }
                if (node == rows + cj) {
                    break;
                }
                boolean isRow = node < rows;
                int others = isRow ? cols : rows;
                for (int o = 0; o < others; o++) {
                    int i = isRow ? node : o;
                    int j = isRow ? o : node - rows;
                    if (a[i][j] == 0 || (i == ri && j == cj)
                            || (!allowGrandTotal && i == rows - 1 && j == cols - 1)) {
                        continue;
                    }
                    long cost = hidden(i, j) ? 0 : shared[i][j] ? (a[i][j] + 1) * SHARED_PENALTY : a[i][j] + 1;
                    int next = isRow ? rows + j : i;
                    if (dist[node] + cost < dist[next]) {
                        dist[next] = dist[node] + cost;
                        prev[next] = node;
                        queue.add(new long[] {dist[next], next});
                    }
                }
            }
            if (dist[rows + cj] == Long.MAX_VALUE) {
                return false;
            }
            int node = rows + cj;
            while (node != ri) {
                int before = prev[node];
                int i = node < rows ? node : before;
                int j = node < rows ? before - rows : node - rows;
                if (!hidden(i, j)) {
                    states[i][j] = CellState.SECONDARY;
                }
                node = before;
            }
            return true;
        }
    }
}
