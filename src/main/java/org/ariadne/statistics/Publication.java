package org.ariadne.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ariadne.statistics.disclosure.DisclosureControl;
import org.ariadne.statistics.disclosure.ProtectedTable;
import org.ariadne.statistics.disclosure.PublicationSet;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.FactQueries.Condition;
import org.ariadne.statistics.internal.FactQueries.Counts;
import org.jspecify.annotations.Nullable;

/**
 * Collects the tables of one output (a dashboard, an indicator set, a pivot), declares the figures
 * they share, counts them together (one snapshot of the facts for all) and protects them together:
 * nothing leaves without passing through here.
 */
final class Publication {

    /** Counts a publication's requests together, as of one state of the facts. */
    interface Counter {
        List<Counts> counts(List<FactQueries.Request> requests);
    }

    private record Table(List<String> rowValues, List<String> columnValues, long[][] body) {
    }

    private record Pending(String id, @Nullable Dimension rows, Dimension columns, int request,
                           Function<Counts, Table> layout) {
    }

    private final FactQueries facts;
    private final Counter counter;
    private final DisclosureControl control;
    private final List<FactQueries.Request> requests = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Integer> byId = new LinkedHashMap<>();
    private final Map<String, Integer> histograms = new LinkedHashMap<>();
    private final List<Consumer<PublicationSet>> links = new ArrayList<>();
    private @Nullable List<Counts> counted;
    private @Nullable List<Table> tables;

    Publication(FactQueries facts, Counter counter, DisclosureControl control) {
        this.facts = facts;
        this.counter = counter;
        this.control = control;
    }

    int table(String id, @Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis) {
        return table(id, rows, columns, query, basis, null);
    }

    int table(String id, @Nullable Dimension rows, Dimension columns, StatisticsQuery query, Basis basis,
              @Nullable Condition condition) {
        int request = request(facts.table(rows, columns, query, basis, condition));
        return add(new Pending(id, rows, columns, request, c -> new Table(c.rowValues(), c.columnValues(), c.counts())));
    }

    /**
     * A breakdown together with groups of its values, as one table whose rows are the groups: the
     * group totals are then row totals, protected with the rest (a group total published beside its
     * members would otherwise give a hidden member away).
     */
    int grouped(String id, Dimension columns, StatisticsQuery query, Basis basis, List<String> groups,
                Function<String, String> groupOf) {
        int request = request(facts.table(null, columns, query, basis));
        return add(new Pending(id, null, columns, request, counts -> {
            long[][] body = new long[groups.size()][counts.columnValues().size()];
            for (int j = 0; j < counts.columnValues().size(); j++) {
                body[groups.indexOf(groupOf.apply(counts.columnValues().get(j)))][j] = counts.counts()[0][j];
            }
            return new Table(groups, counts.columnValues(), body);
        }));
    }

    /** Persons who claimed, were awarded and were paid compensation (rows), by source (columns). */
    int compensation(String id, StatisticsQuery query) {
        int request = request(facts.compensation(query));
        return add(new Pending(id, null, Dimension.COMPENSATION_SOURCE, request,
                c -> new Table(c.rowValues(), c.columnValues(), c.counts())));
    }

    /** Days to a decision, counted with the tables; not published itself (see {@link DecisionTimes}). */
    void histogram(String id, String daysColumn, StatisticsQuery query, Basis basis) {
        histograms.put(id, request(facts.daysHistogram(daysColumn, query, basis)));
    }

    /** A histogram's counts, once the publication is protected. */
    TreeMap<Integer, Long> histogram(String id) {
        if (counted == null) {
            throw new IllegalStateException("not counted yet");
        }
        return FactQueries.histogram(counted.get(histograms.get(id)));
    }

    /** The grand totals of the given tables count the same records. */
    void sameTotal(int... tables) {
        links.add(set -> {
            for (int t = 1; t < tables.length; t++) {
                set.same(tables[0], rows(tables[0]), cols(tables[0]), tables[t], rows(tables[t]), cols(tables[t]));
            }
        });
    }

    /** Table a's column totals are row {@code row} of table b. */
    void columnTotalsAreRow(int a, int b, int row) {
        links.add(set -> set.columnTotalsAreRow(a, b, row));
    }

    /** Table a's column totals are table b's column totals. */
    void sameColumnTotals(int a, int b) {
        links.add(set -> set.sameColumnTotals(a, b));
    }

    /** Row ra of table a and row rb of table b publish the same figures (same columns). */
    void sameRow(int a, int ra, int b, int rb) {
        links.add(set -> {
            for (int j = 0; j <= cols(a); j++) {
                set.same(a, ra, j, b, rb, j);
            }
        });
    }

    /** Table a's row totals are column {@code column} of table b (same row order). */
    void rowTotalsAreColumn(int a, int b, int column) {
        links.add(set -> {
            for (int i = 0; i <= rows(a); i++) {
                set.same(a, i, cols(a), b, i, column);
            }
        });
    }

    Map<String, Breakdown> protect() {
        counted = counter.counts(requests);
        List<Table> laidOut = new ArrayList<>();
        for (Pending p : pending) {
            laidOut.add(p.layout().apply(counted.get(p.request())));
        }
        tables = laidOut;
        var set = new PublicationSet();
        laidOut.forEach(t -> set.add(t.body()));
        links.forEach(link -> link.accept(set));
        List<ProtectedTable> protectedTables = control.protect(set);
        Map<String, Breakdown> result = new LinkedHashMap<>();
        for (int t = 0; t < protectedTables.size(); t++) {
            Pending p = pending.get(t);
            Table table = laidOut.get(t);
            result.put(p.id(), new Breakdown(p.id(), p.rows(), p.columns(), table.rowValues(), table.columnValues(),
                    protectedTables.get(t)));
        }
        return result;
    }

    /** What the publication counts, in the order declared. */
    List<FactQueries.Request> requests() {
        return List.copyOf(requests);
    }

    private int request(FactQueries.Request request) {
        requests.add(request);
        return requests.size() - 1;
    }

    private int add(Pending p) {
        if (byId.containsKey(p.id())) {
            throw new IllegalArgumentException("two tables named " + p.id());
        }
        pending.add(p);
        byId.put(p.id(), pending.size() - 1);
        return pending.size() - 1;
    }

    private int rows(int table) {
        return tables().get(table).rowValues().size();
    }

    private int cols(int table) {
        return tables().get(table).columnValues().size();
    }

    private List<Table> tables() {
        if (tables == null) {
            throw new IllegalStateException("not counted yet");
        }
        return tables;
    }
}
