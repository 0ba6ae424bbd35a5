package org.ariadne.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All UI text. Each feature keeps its own bundle, {@code i18n/FEATURE.properties} (English) with
 * {@code _fr} and {@code _ru} siblings; this provider merges them per language. A missing
 * translation falls back to English, and a missing key shows as {@code !key} so it is noticed
 * (a test fails on both long before a user could).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final List<Locale> LOCALES = List.of(ENGLISH, FRENCH, RUSSIAN);

    private static final Pattern BUNDLE = Pattern.compile(".*/i18n/([a-z0-9-]+?)(?:_([a-z]{2}))?\\.properties$");

    private final Map<Locale, Map<String, String>> messages;

    public TranslationProvider() {
        this.messages = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = messages.get(supported(locale)).get(key);
        if (pattern == null) {
            pattern = messages.get(ENGLISH).get(key);
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Whether the key exists in the English bundle. */
    public boolean hasKey(String key) {
        return messages.get(ENGLISH).containsKey(key);
    }

    /** Keys per language, for the bundle completeness test. */
    public Map<Locale, Map<String, String>> allMessages() {
        return messages;
    }

    public static Locale supported(Locale locale) {
        for (Locale candidate : LOCALES) {
            if (candidate.getLanguage().equals(locale.getLanguage())) {
                return candidate;
            }
        }
        return ENGLISH;
    }

    private static Map<Locale, Map<String, String>> load() {
        Map<Locale, Map<String, String>> result = new HashMap<>();
        LOCALES.forEach(locale -> result.put(locale, new HashMap<>()));
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                Matcher matcher = BUNDLE.matcher(resource.getURL().toString());
                if (!matcher.matches()) {
                    continue;
                }
                Locale locale = matcher.group(2) == null ? ENGLISH : Locale.of(matcher.group(2));
                Map<String, String> target = result.get(supported(locale));
                if (target != null && supported(locale).getLanguage().equals(locale.getLanguage())) {
                    Properties properties = new Properties();
                    try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                    properties.forEach((k, v) -> target.put((String) k, (String) v));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation bundles", e);
        }
        return result;
    }
}
