package org.ariadne.cases.ui;

import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Country and language names in one interface language, in the order a reader of that language
 * expects ("Émirats arabes unis" among the E's, not after "Zambie"). Built once per language and
 * shared by every session: the case editor offers every country in four fields, and sorting about
 * 250 names by a label computed anew in each comparison took 7% of the server's CPU under load
 * (docs/benchmarks.md).
 */
final class DisplayNames {

    private static final Map<Locale, DisplayNames> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale language;
    private final Map<String, String> countries;
    private final Map<String, String> languages;
    private final List<String> countryCodes;
    private final List<String> languageCodes;

    private DisplayNames(Locale language) {
        this.language = language;
        Collator collator = Collator.getInstance(language);
        this.countries = sorted(Locale.getISOCountries(), code -> Locale.of("", code).getDisplayCountry(language),
                collator);
        this.languages = sorted(Locale.getISOLanguages(), code -> Locale.of(code).getDisplayLanguage(language),
                collator);
        this.countryCodes = List.copyOf(countries.keySet());
        this.languageCodes = List.copyOf(languages.keySet());
    }

    /** The names in the language of {@code locale} (its country variant does not matter). */
    static DisplayNames in(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(Locale.of(locale.getLanguage()), DisplayNames::new);
    }

    /** ISO 3166 country codes, sorted by their names. */
    List<String> countryCodes() {
        return countryCodes;
    }

    /** ISO 639 language codes, sorted by their names. */
    List<String> languageCodes() {
        return languageCodes;
    }

    String country(String code) {
        String name = countries.get(code);
        return name != null ? name : Locale.of("", code).getDisplayCountry(language);
    }

    String language(String code) {
        String name = languages.get(code);
        return name != null ? name : Locale.of(code).getDisplayLanguage(language);
    }

    private static Map<String, String> sorted(String[] codes, Function<String, String> name, Collator collator) {
        Map<String, String> byName = new LinkedHashMap<>();
        Stream.of(codes).map(code -> Map.entry(code, name.apply(code)))
                .sorted(Comparator.comparing(Map.Entry::getValue, collator))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(byName);
    }
}
