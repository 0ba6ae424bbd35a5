package org.ariadne.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseCodeTest {

    @Test
    void formatsYearSequenceAndCheckCharacter() {
        CaseCode code = CaseCode.of(2026, 123);
        assertThat(code.value()).matches("2026-000123-[A-Z2-9]");
        assertThat(CaseCode.isValid(code.value())).isTrue();
    }

    @Test
    void everySingleDigitErrorIsCaught() {
        for (long sequence = 1; sequence < 2_000; sequence += 37) {
            String valid = CaseCode.of(2026, sequence).value();
            for (int i = 0; i < 11; i++) {
                if (valid.charAt(i) == '-') {
                    continue;
                }
                for (char d = '0'; d <= '9'; d++) {
                    if (d != valid.charAt(i)) {
                        String typo = valid.substring(0, i) + d + valid.substring(i + 1);
                        assertThat(CaseCode.isValid(typo)).as(typo).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreCaught() {
        String valid = CaseCode.of(2026, 481_516).value(); // 2026-481516-C
        String swapped = valid.substring(0, 5) + valid.charAt(6) + valid.charAt(5) + valid.substring(7);
        assertThat(CaseCode.isValid(swapped)).isFalse();
    }

    @Test
    void refusesGarbageAndOutOfRange() {
        assertThat(CaseCode.isValid("Maria Popescu")).isFalse();
        assertThat(CaseCode.isValid("2026-000123")).isFalse();
        assertThatThrownBy(() -> new CaseCode("2026-000123-0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseCode.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
