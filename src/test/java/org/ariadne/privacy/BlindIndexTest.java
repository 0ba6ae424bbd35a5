package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.ariadne.privacy.internal.Keys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindIndexTest {

    private static final LocalDate BIRTH = LocalDate.of(1998, 3, 14);

    @TempDir
    Path folder;

    private Path file;
    private BlindIndex index;

    @BeforeEach
    void keys() {
        file = folder.resolve("keys.properties");
        index = new BlindIndex(Keys.open(file, true));
    }

    @Test
    void stableForTheSameInputAndAcrossRestarts() {
        String first = index.identity("Anna Ivanova", BIRTH);
        assertThat(index.identity("Anna Ivanova", BIRTH)).isEqualTo(first);
        assertThat(new BlindIndex(Keys.open(file, false)).identity("Anna Ivanova", BIRTH)).isEqualTo(first);
        assertThat(first).matches("[0-9a-f]{64}");
    }

    @Test
    void equivalentNamesGiveTheSameIdentity() {
        String expected = index.identity("Anna Ivanova", BIRTH);
        for (String variant : new String[] {"Ivanova Anna", "IVANOVA, Anna", "Ánna  Ivanová", "Анна Иванова",
                "Иванова Анна", "anna ivanova"}) {
            assertThat(index.identity(variant, BIRTH)).as(variant).isEqualTo(expected);
        }
    }

    @Test
    void differentDateOfBirthOrNameGivesAnotherIdentity() {
        String expected = index.identity("Anna Ivanova", BIRTH);
        assertThat(index.identity("Anna Ivanova", BIRTH.plusDays(1))).isNotEqualTo(expected);
        assertThat(index.identity("Anna Ivanova", null)).isNotEqualTo(expected);
        assertThat(index.identity("Anna Ivanov", BIRTH)).isNotEqualTo(expected);
    }

    @Test
    void anotherKeyGivesAnotherIdentity() {
        var other = new BlindIndex(Keys.open(folder.resolve("other.properties"), true));
        assertThat(other.identity("Anna Ivanova", BIRTH)).isNotEqualTo(index.identity("Anna Ivanova", BIRTH));
    }

    @Test
    void rotatingTheEncryptionKeyLeavesTheIndexAlone() {
        String before = index.identity("Anna Ivanova", BIRTH);
        Keys keys = Keys.open(file, false);
        new KeyRotation(keys).addPrimaryKey();
        assertThat(new BlindIndex(keys).identity("Anna Ivanova", BIRTH)).isEqualTo(before);
    }

    @Test
    void isNotAPlainHashOfTheValue() throws Exception {
        String normalised = "anna ivanova|" + BIRTH;
        for (String input : new String[] {normalised, "identity\u0000" + normalised}) {
            String plain = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8)));
            assertThat(index.identity("Anna Ivanova", BIRTH)).isNotEqualTo(plain);
        }
    }

    @Test
    void nothingToMatchGivesNoIndex() {
        assertThat(index.identity(null, BIRTH)).isNull();
        assertThat(index.identity(" ,. ", BIRTH)).isNull();
        assertThat(index.documentNumber(" - ")).isNull();
        assertThat(index.exact("person.phone", "   ")).isNull();
        assertThat(index.exact("person.phone", null)).isNull();
    }

    @Test
    void documentNumbersIgnoreSpacingPunctuationAndCase() {
        assertThat(index.documentNumber("ab 123-456")).isEqualTo(index.documentNumber("AB123456"))
                .isNotEqualTo(index.documentNumber("AB123457"));
    }

    @Test
    void samePurposeMatchesOtherPurposesDoNot() {
        assertThat(index.exact("person.email", " Anna@Example.org "))
                .isEqualTo(index.exact("person.email", "anna@example.org"));
        assertThat(index.exact("person.email", "x1")).isNotEqualTo(index.exact("person.phone", "x1"));
        assertThat(index.exact("person.phone", "AB123456")).isNotEqualTo(index.documentNumber("AB123456"));
        assertThat(index.exact("person.phone", "anna ivanova|")).isNotEqualTo(index.identity("Anna Ivanova", null));
    }

    @Test
    void reservedOrMalformedPurposesAreRefused() {
        for (String purpose : new String[] {"identity", "document", "", "with space"}) {
            assertThatThrownBy(() -> index.exact(purpose, "x")).as(purpose)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
