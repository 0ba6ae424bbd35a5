package org.ariadne.statistics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables published for the same query share figures: a breakdown by sex and form, forms by year
 * (whose row for the period is the forms marginal) and the forms marginal on its own. On random
 * sets of such tables, a figure is hidden in all or none of them, and no hidden figure follows from
 * the equations of all the tables together.
 */
class LinkedTablesPropertiesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 99, 2024, 777_777})
    void noHiddenFigureFollowsFromAllTablesTogether(long seed) {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            int k = 3 + random.nextInt(10);
            int forms = 1 + random.nextInt(6);
            int sexes = 1 + random.nextInt(3);
            int years = 1 + random.nextInt(4);
            long[][] bySex = new long[sexes][forms];
            for (long[] row : bySex) {
                for (int j = 0; j < forms; j++) {
                    row[j] = random.nextInt(100) < 25 ? 0 : random.nextInt(4 * k);
                }
            }
            long[] marginal = new long[forms];
            for (long[] row : bySex) {
                for (int j = 0; j < forms; j++) {
                    marginal[j] += row[j];
                }
            }
            int periodRow = random.nextInt(years);
            long[][] byYear = new long[years][forms];
            for (int y = 0; y < years; y++) {
                for (int j = 0; j < forms; j++) {
                    byYear[y][j] = y == periodRow ? marginal[j] : random.nextInt(3 * k);
                }
            }
            var set = new PublicationSet();
            int a = set.add(bySex);
            int b = set.add(byYear);
            int c = set.add(marginal);
            set.columnTotalsAreRow(a, b, periodRow);
            set.sameColumnTotals(a, c);
            List<ProtectedTable> tables = new DisclosureControl(new DisclosureRules(k, 0)).protect(set);
            String where = "seed " + seed + " round " + round;
            for (int j = 0; j <= forms; j++) {
                boolean inA = tables.get(a).state(sexes, j).isSuppressed();
                assertThat(tables.get(b).state(periodRow, j).isSuppressed()).as("same in b, %s", where).isEqualTo(inA);
                assertThat(tables.get(c).state(1, j).isSuppressed()).as("same in c, %s", where).isEqualTo(inA);
            }
            for (ProtectedTable t : tables) {
                for (int i = 0; i <= t.rows(); i++) {
                    for (int j = 0; j <= t.columns(); j++) {
                        if (t.raw(i, j) > 0 && t.raw(i, j) < k) {
                            assertThat(t.state(i, j).isSuppressed()).as("small count, %s", where).isTrue();
                        }
                    }
                }
            }
            assertThat(jointlyDerivable(tables, set)).as("derivable, %s", where).isZero();
        }
    }

    /** The intruder's joint system: one unknown per hidden figure (shared cells merged). */
    private static int jointlyDerivable(List<ProtectedTable> tables, PublicationSet set) {
        Map<String, String> alias = new HashMap<>();
        for (int[] id : set.identities) {
            String x = root(alias, id[0] + ":" + id[1] + ":" + id[2]);
            String y = root(alias, id[3] + ":" + id[4] + ":" + id[5]);
            if (!x.equals(y)) {
                alias.put(x, y);
            }
        }
        Map<String, Integer> unknown = new HashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            ProtectedTable table = tables.get(t);
            for (int i = 0; i <= table.rows(); i++) {
                for (int j = 0; j <= table.columns(); j++) {
                    if (table.state(i, j).isSuppressed()) {
                        unknown.putIfAbsent(root(alias, t + ":" + i + ":" + j), unknown.size());
                    }
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            ProtectedTable table = tables.get(t);
            int m = table.rows();
            int n = table.columns();
            for (int i = 0; i <= m; i++) {
                double[] e = new double[unknown.size()];
                for (int j = 0; j <= n; j++) {
                    if (table.state(i, j).isSuppressed()) {
                        e[unknown.get(root(alias, t + ":" + i + ":" + j))] += j == n ? -1 : 1;
                    }
                }
                equations.add(e);
            }
            for (int j = 0; j <= n; j++) {
                double[] e = new double[unknown.size()];
                for (int i = 0; i <= m; i++) {
                    if (table.state(i, j).isSuppressed()) {
                        e[unknown.get(root(alias, t + ":" + i + ":" + j))] += i == m ? -1 : 1;
                    }
                }
                equations.add(e);
            }
        }
        return Attacker.determined(equations, unknown.size()).size();
    }

    private static String root(Map<String, String> alias, String key) {
        String r = key;
        while (alias.containsKey(r)) {
            r = alias.get(r);
        }
        return r;
    }
}
