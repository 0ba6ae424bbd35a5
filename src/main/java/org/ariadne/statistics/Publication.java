package org.ariadne.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ariadne.statistics.disclosure.DisclosureControl;
import org.ariadne.statistics.disclosure.ProtectedTable;
import org.ariadne.statistics.disclosure.PublicationSet;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.FactQueries.Condition;
import org.jspecify.annotations.Nullable;

/**
 * Collects the tables of one output (a dashboard, an indicator set, a pivot), declares the figures
 * they share, and protects them together: nothing leaves without passing through here.
 */
final class Publication {

    private record Pending(String id, @Nullable Dimension rows, Dimension columns, List<String> rowValues,
                           List<String> columnValues) {
    }

    private final FactQueries facts;
    private final DisclosureControl control;
    private final PublicationSet set = new PublicationSet();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Integer> byId = new LinkedHashMap<>();

    Publication(FactQueries facts, DisclosureControl control) {
        this.facts = facts;
        this.control = control;
    }

    FactQueries facts() {
        return facts;
    }

    int table(String id, @Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis) {
        return table(id, rows, columns, query, basis, null);
    }

    int table(String id, @Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis,
              @Nullable Condition condition) {
        FactQueries.Counts counts = facts.count(rows, columns, query, basis, condition);
        return add(new Pending(id, rows, columns, counts.rowValues(), counts.columnValues()), counts.counts());
    }

    /**
     * A breakdown together with groups of its values, as one table whose rows are the groups: the
     * group totals are then row totals, protected with the rest (a group total published beside its
     * members would otherwise give a hidden member away).
     */
    int grouped(String id, Dimension columns, StatisticsQuery query, Basis basis, List<String> groups,
                Function<String, String> groupOf) {
        FactQueries.Counts counts = facts.count(null, columns, query, basis);
        long[][] body = new long[groups.size()][counts.columnValues().size()];
        for (int j = 0; j < counts.columnValues().size(); j++) {
            body[groups.indexOf(groupOf.apply(counts.columnValues().get(j)))][j] = counts.counts()[0][j];
        }
        return add(new Pending(id, null, columns, groups, counts.columnValues()), body);
    }

    int raw(String id, @Nullable Dimension rows, Dimension columns, List<String> rowValues, List<String> columnValues,
            long[][] body) {
        return add(new Pending(id, rows, columns, rowValues, columnValues), body);
    }

    /** The grand totals of the given tables count the same records. */
    void sameTotal(int... tables) {
        for (int t = 1; t < tables.length; t++) {
            set.same(tables[0], rows(tables[0]), cols(tables[0]), tables[t], rows(tables[t]), cols(tables[t]));
        }
    }

    /** Table a's column totals are row {@code row} of table b. */
    void columnTotalsAreRow(int a, int b, int row) {
        set.columnTotalsAreRow(a, b, row);
    }

    /** Table a's column totals are table b's column totals. */
    void sameColumnTotals(int a, int b) {
        set.sameColumnTotals(a, b);
    }

    /** Row ra of table a and row rb of table b publish the same figures (same columns). */
    void sameRow(int a, int ra, int b, int rb) {
        for (int j = 0; j <= cols(a); j++) {
            set.same(a, ra, j, b, rb, j);
        }
    }

    /** Table a's row totals are column {@code column} of table b (same row order). */
    void rowTotalsAreColumn(int a, int b, int column) {
        for (int i = 0; i <= rows(a); i++) {
            set.same(a, i, cols(a), b, i, column);
        }
    }

    Map<String, Breakdown> protect() {
        List<ProtectedTable> tables = control.protect(set);
        Map<String, Breakdown> result = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            Pending p = pending.get(t);
            result.put(p.id(), new Breakdown(p.id(), p.rows(), p.columns(), p.rowValues(), p.columnValues(),
                    tables.get(t)));
        }
        return result;
    }

    private int add(Pending p, long[][] body) {
        if (byId.containsKey(p.id())) {
            throw new IllegalArgumentException("two tables named " + p.id());
        }
        pending.add(p);
        int index = set.add(body);
        byId.put(p.id(), index);
        return index;
    }

    private int rows(int table) {
        return pending.get(table).rowValues().size();
    }

    private int cols(int table) {
        return pending.get(table).columnValues().size();
    }
}
