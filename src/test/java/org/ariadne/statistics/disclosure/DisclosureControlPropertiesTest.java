package org.ariadne.statistics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of disclosure control on random tables (seeded, so a failure can be replayed): every
 * small count is hidden, zero stays zero, no line has exactly one hidden cell, no hidden cell follows
 * from the published values and totals by linear algebra, and for every hidden cell there is another
 * table with the same published figures in which it differs.
 */
class DisclosureControlPropertiesTest {

    private static final int TABLES_PER_SEED = 400;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026, 31337, 8_675_309, 1_000_003})
    void noHiddenCountCanBeRecovered(long seed) {
        var random = new Random(seed);
        for (int t = 0; t < TABLES_PER_SEED; t++) {
            int k = 2 + random.nextInt(14);
            long[][] body = randomTable(random, k);
            ProtectedTable table = new DisclosureControl(new DisclosureRules(k, 0)).protect(body);
            String where = "seed " + seed + " table " + t;
            checkPrimaryAndZeros(table, k, where);
            checkNoLineWithOneHiddenCell(table, where);
            var attacker = new Attacker(table);
            assertThat(attacker.derivable()).as("derivable cells, %s", where).isEmpty();
            for (int[] cell : attacker.hidden()) {
                long[][] alternative = attacker.alternativeFor(cell);
                assertThat(alternative).as("alternative for %d,%d, %s", cell[0], cell[1], where).isNotNull();
                checkSamePublication(table, alternative, cell, where);
            }
        }
    }

    private static long[][] randomTable(Random random, int k) {
        int rows = 1 + random.nextInt(random.nextBoolean() ? 3 : 9);
        int cols = 1 + random.nextInt(random.nextBoolean() ? 4 : 10);
        long[][] body = new long[rows][cols];
        int style = random.nextInt(4);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int roll = random.nextInt(100);
                body[i][j] = switch (style) {
                    case 0 -> roll < 30 ? 0 : roll < 70 ? 1 + random.nextInt(k) : random.nextInt(200);
                    case 1 -> roll < 60 ? 0 : 1 + random.nextInt(3 * k);
                    case 2 -> roll < 10 ? 0 : roll < 20 ? 1 + random.nextInt(k - 1) : k + random.nextInt(5000);
                    default -> random.nextInt(2 * k);
                };
            }
        }
        return body;
    }

    private static void checkPrimaryAndZeros(ProtectedTable table, int k, String where) {
        long grand = table.raw(table.rows(), table.columns());
        for (int i = 0; i <= table.rows(); i++) {
            for (int j = 0; j <= table.columns(); j++) {
                long v = table.raw(i, j);
                if (v == 0) {
                    assertThat(table.state(i, j)).as("zero at %d,%d, %s", i, j, where).isEqualTo(CellState.SHOWN);
                    assertThat(table.cell(i, j).value()).isZero();
                } else if (v < k) {
                    assertThat(table.state(i, j)).as("small at %d,%d, %s", i, j, where).isEqualTo(CellState.PRIMARY);
                }
            }
        }
        assertThat(table.total().suppressed()).as("grand total, %s", where).isEqualTo(grand > 0 && grand < k);
    }

    private static void checkNoLineWithOneHiddenCell(ProtectedTable table, String where) {
        for (int i = 0; i <= table.rows(); i++) {
            int hidden = 0;
            for (int j = 0; j <= table.columns(); j++) {
                hidden += table.state(i, j).isSuppressed() ? 1 : 0;
            }
            assertThat(hidden).as("hidden in row %d, %s", i, where).isNotEqualTo(1);
        }
        for (int j = 0; j <= table.columns(); j++) {
            int hidden = 0;
            for (int i = 0; i <= table.rows(); i++) {
                hidden += table.state(i, j).isSuppressed() ? 1 : 0;
            }
            assertThat(hidden).as("hidden in column %d, %s", j, where).isNotEqualTo(1);
        }
    }

    private static void checkSamePublication(ProtectedTable table, long[][] alt, int[] cell, String where) {
        int m = table.rows();
        int n = table.columns();
        assertThat(alt[cell[0]][cell[1]]).as("changed, %s", where).isNotEqualTo(table.raw(cell[0], cell[1]));
        for (int i = 0; i <= m; i++) {
            long sum = 0;
            for (int j = 0; j < n; j++) {
                sum += alt[i][j];
            }
            assertThat(sum).as("row %d adds up, %s", i, where).isEqualTo(alt[i][n]);
        }
        for (int j = 0; j <= n; j++) {
            long sum = 0;
            for (int i = 0; i < m; i++) {
                sum += alt[i][j];
            }
            assertThat(sum).as("column %d adds up, %s", j, where).isEqualTo(alt[m][j]);
        }
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                assertThat(alt[i][j]).as("no negative count, %s", where).isNotNegative();
                if (!table.state(i, j).isSuppressed()) {
                    assertThat(alt[i][j]).as("published value kept, %s", where).isEqualTo(table.raw(i, j));
                }
            }
        }
    }
}
