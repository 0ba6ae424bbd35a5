package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    private static String n(String name) {
        return NameNormaliser.normalise(name);
    }

    @Test
    void orderCaseSpacingAndPunctuationDoNotMatter() {
        assertThat(n("Anna Ivanova")).isEqualTo("anna ivanova");
        assertThat(n("Ivanova Anna")).isEqualTo("anna ivanova");
        assertThat(n("IVANOVA, Anna")).isEqualTo("anna ivanova");
        assertThat(n("  ivanova\t\n anna. ")).isEqualTo("anna ivanova");
        assertThat(n("Anna-Maria Ivanova")).isEqualTo(n("Ivanova Maria Anna"));
    }

    @Test
    void diacriticsAreRemoved() {
        assertThat(n("Ánna Ivanová")).isEqualTo("anna ivanova");
        assertThat(n("Nguyễn Thị Lan")).isEqualTo("lan nguyen thi");
        assertThat(n("Çağlar Şükrü")).isEqualTo("caglar sukru");
        // The same letter typed as one code point or as letter plus combining accent.
        assertThat(n("Jos\u00e9")).isEqualTo(n("Jose\u0301")).isEqualTo("jose");
    }

    @ParameterizedTest
    @CsvSource({
        "Søren Kierkegaard, kierkegaard soren",
        "Łukasz Żółć, lukasz zolc",
        "Đorđe Đukić, dorde dukic",
        "Æsa Œuvray, aesa oeuvray",
        "Þóra Guðmundsdóttir, gudmundsdottir thora",
        "Straße, strasse",
        "İlkay Yıldız, ilkay yildiz"})
    void lettersThatDoNotDecomposeAreSpeltOut(String name, String expected) {
        assertThat(n(name)).isEqualTo(expected);
    }

    @Test
    void compatibilityFormsAreUnified() {
        assertThat(n("Ａｎｎａ　Ｉｖａｎｏｖａ")).isEqualTo("anna ivanova"); // full-width letters and space
        assertThat(n("Soﬁa")).isEqualTo("sofia"); // ligature
        assertThat(n("STRASSE")).isEqualTo(n("straße"));
    }

    @Test
    void apostrophesJoinRatherThanSplit() {
        assertThat(n("O'Brien")).isEqualTo("obrien");
        assertThat(n("O’Brien")).isEqualTo(n("OBrien"));
        assertThat(n("D`Angelo")).isEqualTo("dangelo");
    }

    @ParameterizedTest
    @CsvSource({
        "Анна Иванова, Anna Ivanova",
        "Иванова Анна, ANNA IVANOVA",
        "Юлия Жукова, Iuliia Zhukova",
        "Сергей Хмельницкий, Sergei Khmelnitskii",
        "Наталья Щербакова, Natalia Shcherbakova",
        "Цветкова Алёна, Alena Tsvetkova",
        "Объедков Чингиз, Obieedkov Chingiz",
        "Эдуард Быков, Eduard Bykov"})
    void cyrillicMatchesThePassportLatinSpelling(String cyrillic, String latin) {
        assertThat(n(cyrillic)).isEqualTo(n(latin));
    }

    @Test
    void otherCyrillicAlphabetsUseTheSameTable() {
        assertThat(n("Ђорђе")).isEqualTo(n("Đorđe"));
        assertThat(n("Їжак Євгенія")).isEqualTo("ievgeniia izhak");
        assertThat(n("Љиљана Њего")).isEqualTo("ljiljana njego");
        assertThat(n("Ўладзімір")).isEqualTo("uladzimir");
    }

    @Test
    void otherScriptsAreKeptSoTheyMatchThemselves() {
        assertThat(n("Γιώργος Παπαδόπουλος")).isEqualTo(n("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ")).isNotEmpty();
        assertThat(n("Σοφος")).isEqualTo(n("σοφοσ")).isEqualTo("σοφοσ");
        assertThat(n("王芳")).isEqualTo("王芳");
        assertThat(n("محمد علي")).isEqualTo(n("علي محمد"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(n("Anna Ivanova")).isNotEqualTo(n("Anna Ivanov"));
        assertThat(n("Anna Ivanova")).isNotEqualTo(n("Ana Ivanova"));
        assertThat(n("Anna Ivanova")).isNotEqualTo(n("Anna Maria Ivanova"));
    }

    @Test
    void nothingToMatchGivesEmpty() {
        assertThat(n("")).isEmpty();
        assertThat(n("  ")).isEmpty();
        assertThat(n("-, .'")).isEmpty();
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String name : new String[] {"IVANOVA, Ánna", "Юлия Жукова", "Søren O'Brien", "Γιώργος"}) {
            assertThat(n(n(name))).as(name).isEqualTo(n(name));
        }
    }
}
