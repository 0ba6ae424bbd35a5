package org.ariadne.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ariadne.organisations.ActorType;
import org.ariadne.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English, French and Russian, and no view carries a hard-coded text.
 * The literal scan is a heuristic: natural-language strings (a capitalised word, or several words)
 * in UI code fail unless they are translation keys.
 */
class TranslationBundlesTest {

    private static final TranslationProvider PROVIDER = new TranslationProvider();
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[A-Za-z0-9_-]+)+");
    // A capitalised word, or four words in a row (lower-case theme and class lists are shorter).
    private static final Pattern NATURAL = Pattern.compile(".*\\b[A-Z][a-z]{2,}\\b.*|.*\\b[a-zA-Z]{2,} [a-zA-Z]{2,} [a-zA-Z]{2,} [a-zA-Z]{2,}\\b.*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyKeyExistsInEveryLanguageWithTheSamePlaceholders() {
        Map<Locale, Map<String, String>> all = PROVIDER.allMessages();
        Map<String, String> english = all.get(TranslationProvider.ENGLISH);
        assertThat(english).isNotEmpty();
        for (Locale locale : TranslationProvider.LOCALES) {
            Map<String, String> bundle = all.get(locale);
            assertThat(new TreeSet<>(bundle.keySet())).as("keys in %s", locale)
                    .isEqualTo(new TreeSet<>(english.keySet()));
            bundle.forEach((key, text) -> {
                assertThat(text).as("%s in %s", key, locale).isNotBlank();
                assertThat(placeholders(text)).as("placeholders of %s in %s", key, locale)
                        .isEqualTo(placeholders(english.get(key)));
                new MessageFormat(text, locale); // must parse
            });
        }
    }

    @Test
    void everyRoleAndActorTypeHasALabel() {
        for (Role role : Role.values()) {
            assertThat(PROVIDER.hasKey("role." + role.name())).as(role.name()).isTrue();
            assertThat(PROVIDER.hasKey("home.role-help." + role.name())).as(role.name()).isTrue();
        }
        for (ActorType type : ActorType.values()) {
            assertThat(PROVIDER.hasKey("actor-type." + type.name())).as(type.name()).isTrue();
        }
    }

    @Test
    void missingKeyIsVisibleAndMissingTranslationFallsBackToEnglish() {
        assertThat(PROVIDER.getTranslation("no.such.key", TranslationProvider.FRENCH)).isEqualTo("!no.such.key");
        assertThat(PROVIDER.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Home");
        assertThat(PROVIDER.getTranslation("home.welcome", TranslationProvider.RUSSIAN, "Анна"))
                .isEqualTo("Добро пожаловать, Анна");
    }

    @Test
    void viewsUseTranslationKeysNotLiterals() throws IOException {
        List<String> offences = new ArrayList<>();
        List<Path> uiSources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ariadne"))) {
            uiSources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/ui/")).toList();
        }
        assertThat(uiSources).isNotEmpty();
        for (Path source : uiSources) {
            String code = withoutComments(Files.readString(source));
            Matcher literal = LITERAL.matcher(code);
            while (literal.find()) {
                String text = literal.group(1);
                if (KEY.matcher(text).matches()) {
                    if (!PROVIDER.hasKey(text) && text.contains(".") && looksLikeKeyUse(code, literal.start())) {
                        offences.add(source.getFileName() + ": unknown key " + text);
                    }
                } else if (NATURAL.matcher(text).matches()) {
                    offences.add(source.getFileName() + ": literal text \"" + text + "\"");
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static boolean looksLikeKeyUse(String code, int position) {
        String before = code.substring(Math.max(0, position - 40), position);
        return before.contains("getTranslation(") || before.contains("title =");
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
