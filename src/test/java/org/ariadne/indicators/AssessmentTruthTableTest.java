package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * All 64 sets of present dimensions on the shipped lists, against a truth table written out from
 * the rule text of indicators.md: adult (D1|D2|D3) and D4 and (D5|D6), else D1 and D4 "deceived
 * and exploited", else D4 "exploited only"; child (shipped child rule D4, the act being recorded
 * with the case) D4. Each present dimension is reached through a different combination from row
 * to row, and each absent one carries ticks that fall just short, so the table also shows that
 * near misses never add up to a presence.
 */
class AssessmentTruthTableTest {

    private static final Catalogue ADULT_LABOUR = ShippedData.catalogue("ILOEC-AL-1", ListType.ADULT_LABOUR);
    private static final Catalogue CHILD_LABOUR = ShippedData.catalogue("ILOEC-CL-1", ListType.CHILD_LABOUR);

    /** Strong, medium and weak counts that make a dimension present (indicators.md). */
    private static final List<int[]> ENOUGH = List.of(new int[] {2, 0, 0}, new int[] {1, 1, 0},
            new int[] {1, 0, 1}, new int[] {0, 3, 0}, new int[] {0, 2, 1});
    /** Counts that fall short of every combination. */
    private static final List<int[]> SHORT = List.of(new int[] {1, 0, 0}, new int[] {0, 2, 0},
            new int[] {0, 1, 2}, new int[] {0, 0, 2}, new int[] {0, 1, 1}, new int[] {0, 0, 1});

    @ParameterizedTest(name = "{0}: adult {1}, child {2}")
    @CsvSource({
            "------, INSUFFICIENT, INSUFFICIENT",
            "-----6, INSUFFICIENT, INSUFFICIENT",
            "----5-, INSUFFICIENT, INSUFFICIENT",
            "----56, INSUFFICIENT, INSUFFICIENT",
            "---4--, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "---4-6, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "---45-, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "---456, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "--3---, INSUFFICIENT, INSUFFICIENT",
            "--3--6, INSUFFICIENT, INSUFFICIENT",
            "--3-5-, INSUFFICIENT, INSUFFICIENT",
            "--3-56, INSUFFICIENT, INSUFFICIENT",
            "--34--, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "--34-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "--345-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "--3456, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "-2----, INSUFFICIENT, INSUFFICIENT",
            "-2---6, INSUFFICIENT, INSUFFICIENT",
            "-2--5-, INSUFFICIENT, INSUFFICIENT",
            "-2--56, INSUFFICIENT, INSUFFICIENT",
            "-2-4--, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "-2-4-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "-2-45-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "-2-456, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "-23---, INSUFFICIENT, INSUFFICIENT",
            "-23--6, INSUFFICIENT, INSUFFICIENT",
            "-23-5-, INSUFFICIENT, INSUFFICIENT",
            "-23-56, INSUFFICIENT, INSUFFICIENT",
            "-234--, EXPLOITED_ONLY, PRESUMED_VICTIM",
            "-234-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "-2345-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "-23456, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "1-----, INSUFFICIENT, INSUFFICIENT",
            "1----6, INSUFFICIENT, INSUFFICIENT",
            "1---5-, INSUFFICIENT, INSUFFICIENT",
            "1---56, INSUFFICIENT, INSUFFICIENT",
            "1--4--, DECEIVED_AND_EXPLOITED, PRESUMED_VICTIM",
            "1--4-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "1--45-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "1--456, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "1-3---, INSUFFICIENT, INSUFFICIENT",
            "1-3--6, INSUFFICIENT, INSUFFICIENT",
            "1-3-5-, INSUFFICIENT, INSUFFICIENT",
            "1-3-56, INSUFFICIENT, INSUFFICIENT",
            "1-34--, DECEIVED_AND_EXPLOITED, PRESUMED_VICTIM",
            "1-34-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "1-345-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "1-3456, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "12----, INSUFFICIENT, INSUFFICIENT",
            "12---6, INSUFFICIENT, INSUFFICIENT",
            "12--5-, INSUFFICIENT, INSUFFICIENT",
            "12--56, INSUFFICIENT, INSUFFICIENT",
            "12-4--, DECEIVED_AND_EXPLOITED, PRESUMED_VICTIM",
            "12-4-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "12-45-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "12-456, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "123---, INSUFFICIENT, INSUFFICIENT",
            "123--6, INSUFFICIENT, INSUFFICIENT",
            "123-5-, INSUFFICIENT, INSUFFICIENT",
            "123-56, INSUFFICIENT, INSUFFICIENT",
            "1234--, DECEIVED_AND_EXPLOITED, PRESUMED_VICTIM",
            "1234-6, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "12345-, PRESUMED_VICTIM, PRESUMED_VICTIM",
            "123456, PRESUMED_VICTIM, PRESUMED_VICTIM"})
    void everySetOfPresentDimensions(String pattern, Outcome adult, Outcome child) {
        Set<Dimension> present = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (pattern.charAt(d.ordinal()) != '-') {
                present.add(d);
            }
        }
        int row = pattern.hashCode() & 0xff;

        List<String> adultTicks = ticks(ADULT_LABOUR, present, row);
        AssessmentResult asAdult = Assessor.assess(ADULT_LABOUR, AgeGroup.ADULT, adultTicks);
        assertThat(asAdult.present()).isEqualTo(present);
        assertThat(asAdult.outcome()).isEqualTo(adult);
        assertThat(asAdult.dimensions()).allSatisfy(r -> assertThat(r.satisfiedBy() != null).isEqualTo(r.present()));
        // A person whose age becomes disputed after the ticks were made is assessed as a child.
        assertThat(Assessor.assess(ADULT_LABOUR, AgeGroup.CHILD, adultTicks).outcome()).isEqualTo(child);

        AssessmentResult asChild = Assessor.assess(CHILD_LABOUR, AgeGroup.CHILD, ticks(CHILD_LABOUR, present, row));
        assertThat(asChild.present()).isEqualTo(present);
        assertThat(asChild.outcome()).isEqualTo(child);
    }

    /** Ticks that make exactly the given dimensions present, varying the combination with the row. */
    private static List<String> ticks(Catalogue catalogue, Set<Dimension> present, int row) {
        List<String> ticks = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<int[]> options = (present.contains(d) ? ENOUGH : SHORT).stream()
                    .filter(counts -> available(catalogue, d, counts)).toList();
            int[] counts = options.get((row + d.ordinal()) % options.size());
            ticks.addAll(pick(catalogue, d, Strength.S, counts[0]));
            ticks.addAll(pick(catalogue, d, Strength.M, counts[1]));
            ticks.addAll(pick(catalogue, d, Strength.W, counts[2]));
        }
        return ticks;
    }

    private static boolean available(Catalogue catalogue, Dimension d, int[] counts) {
        return count(catalogue, d, Strength.S) >= counts[0] && count(catalogue, d, Strength.M) >= counts[1]
                && count(catalogue, d, Strength.W) >= counts[2];
    }

    private static long count(Catalogue catalogue, Dimension d, Strength s) {
        return catalogue.indicators().stream().filter(i -> i.dimension() == d && i.strength() == s).count();
    }

    private static List<String> pick(Catalogue catalogue, Dimension d, Strength s, int n) {
        return catalogue.indicators().stream().filter(i -> i.dimension() == d && i.strength() == s).limit(n)
                .map(Indicator::code).toList();
    }
}
