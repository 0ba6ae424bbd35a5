package org.ariadne.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ru"})
    void everyCodeOnceSortedByItsNameAsTheLanguageSorts(String tag) {
        Locale locale = Locale.of(tag);
        DisplayNames names = DisplayNames.in(locale);
        assertThat(names.countryCodes()).containsExactlyInAnyOrder(Locale.getISOCountries());
        assertThat(names.languageCodes()).containsExactlyInAnyOrder(Locale.getISOLanguages());
        List<String> countryNames = names.countryCodes().stream().map(names::country).toList();
        List<String> languageNames = names.languageCodes().stream().map(names::language).toList();
        assertThat(countryNames).isSortedAccordingTo(Collator.getInstance(locale)::compare);
        assertThat(languageNames).isSortedAccordingTo(Collator.getInstance(locale)::compare);
    }

    @Test
    void namesAreInTheLanguageAsked() {
        assertThat(DisplayNames.in(Locale.ENGLISH).country("DE")).isEqualTo("Germany");
        assertThat(DisplayNames.in(Locale.FRENCH).country("DE")).isEqualTo("Allemagne");
        assertThat(DisplayNames.in(Locale.of("ru")).country("DE")).isEqualTo("Германия");
        assertThat(DisplayNames.in(Locale.FRENCH).language("uk")).isEqualTo("ukrainien");
    }

    @Test
    void anAccentedNameSortsWithItsLetterNotAfterZ() {
        List<String> french = DisplayNames.in(Locale.FRENCH).countryCodes();
        // Émirats arabes unis, Équateur, Égypte among the E's: a plain string comparison put them after Zambie.
        assertThat(french.indexOf("AE")).isLessThan(french.indexOf("ES")).isLessThan(french.indexOf("ZM"));
        assertThat(french.indexOf("EG")).isLessThan(french.indexOf("FR"));
    }

    @Test
    void aRegionalVariantSharesItsLanguagesNames() {
        assertThat(DisplayNames.in(Locale.CANADA_FRENCH)).isSameAs(DisplayNames.in(Locale.FRENCH));
        assertThat(DisplayNames.in(Locale.UK)).isSameAs(DisplayNames.in(Locale.ENGLISH));
        assertThat(DisplayNames.in(Locale.FRENCH)).isNotSameAs(DisplayNames.in(Locale.ENGLISH));
    }

    @Test
    void aCodeOutsideTheIsoListsIsShownAsTheJdkNamesIt() {
        DisplayNames english = DisplayNames.in(Locale.ENGLISH);
        // Kosovo (XK) is used in the region but is not an ISO 3166 code; stored codes are never dropped.
        assertThat(english.countryCodes()).doesNotContain("XK");
        assertThat(english.country("XK")).isEqualTo(Locale.of("", "XK").getDisplayCountry(Locale.ENGLISH));
        assertThat(english.language("qq")).isEqualTo("qq");
    }

    @Test
    void theListsCannotBeChangedByAScreen() {
        DisplayNames english = DisplayNames.in(Locale.ENGLISH);
        assertThatThrownBy(() -> english.countryCodes().remove("DE")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> english.languageCodes().add("xx")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Set.copyOf(english.countryCodes())).contains("DE");
    }
}
