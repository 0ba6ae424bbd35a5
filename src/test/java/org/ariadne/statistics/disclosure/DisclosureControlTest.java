package org.ariadne.statistics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl(DisclosureRules.DEFAULTS);

    @Test
    void aSmallCountInAOneDimensionalBreakdownTakesTheNextSmallestWithIt() {
        ProtectedTable t = control.protect(new long[] {120, 4, 35, 0, 18});
        assertThat(t.cell(0, 1).suppressed()).isTrue();
        assertThat(t.cell(0, 4).suppressed()).as("next smallest non-zero").isTrue();
        assertThat(t.cell(0, 0).value()).isEqualTo(120L);
        assertThat(t.cell(0, 2).value()).isEqualTo(35L);
        assertThat(t.cell(0, 3).value()).as("zero stays zero").isZero();
        assertThat(t.total().value()).isEqualTo(177L);
        assertThat(t.note()).isEqualTo(new DisclosureNote(10, 0, 4)); // two cells and their column totals
    }

    @Test
    void nothingIsHiddenWhenNoCountIsSmall() {
        ProtectedTable t = control.protect(new long[][] {{10, 0, 25}, {40, 11, 0}});
        assertThat(t.anySuppressed()).isFalse();
        assertThat(t.rowTotal(1).value()).isEqualTo(51L);
        assertThat(t.columnTotal(0).value()).isEqualTo(50L);
    }

    @Test
    void aSmallTotalHidesTheWholeTable() {
        ProtectedTable t = control.protect(new long[][] {{3, 0}, {2, 1}});
        assertThat(t.total().suppressed()).isTrue();
        assertThat(t.cell(0, 1).value()).isZero();
        assertThat(t.cell(0, 0).suppressed()).isTrue();
        assertThat(t.rowTotal(1).suppressed()).isTrue();
    }

    @Test
    void aHiddenCellIsNotLeftAloneInItsRowOrColumn() {
        ProtectedTable t = control.protect(new long[][] {{50, 3, 60}, {45, 70, 80}, {20, 30, 40}});
        assertThat(t.cell(0, 1).suppressed()).isTrue();
        int hiddenInRow = 0;
        int hiddenInColumn = 0;
        for (int j = 0; j <= 3; j++) {
            hiddenInRow += t.state(0, j).isSuppressed() ? 1 : 0;
        }
        for (int i = 0; i <= 3; i++) {
            hiddenInColumn += t.state(i, 1).isSuppressed() ? 1 : 0;
        }
        assertThat(hiddenInRow).isGreaterThanOrEqualTo(2);
        assertThat(hiddenInColumn).isGreaterThanOrEqualTo(2);
        assertThat(t.total().value()).isEqualTo(398L);
    }

    @Test
    void roundingAppliesToPublishedCountsOnly() {
        var rounding = new DisclosureControl(new DisclosureRules(10, 5));
        ProtectedTable t = rounding.protect(new long[] {12, 23, 0, 4, 47, 6});
        assertThat(t.cell(0, 0).value()).isEqualTo(10L);
        assertThat(t.cell(0, 1).value()).isEqualTo(25L);
        assertThat(t.cell(0, 2).value()).isZero();
        assertThat(t.cell(0, 3).suppressed()).isTrue();
        assertThat(t.note().roundingBase()).isEqualTo(5);
    }

    @Test
    void kBelowTwoOrNegativeCountsAreRefused() {
        assertThatThrownBy(() -> new DisclosureRules(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.protect(new long[] {3, -1})).isInstanceOf(IllegalArgumentException.class);
    }
}
