package org.ariadne.privacy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts a name in a canonical form for identity matching: the same person recorded as
 * "Anna Ivanova", "IVANOVA, Anna", "Ánna  Ivanová" or "Анна Иванова" gives the same text.
 * Cyrillic is transliterated with a simple, documented table (close to ICAO 9303 for passports);
 * it is for matching, not for display.
 */
public final class NameNormaliser {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('і', "i"), Map.entry('ї', "i"),
            Map.entry('є', "ie"), Map.entry('ґ', "g"), Map.entry('ў', "u"));

    private NameNormaliser() {
    }

    public static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        var transliterated = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            transliterated.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String stripped = Normalizer.normalize(transliterated, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace('ß', 's')
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        if (stripped.isEmpty()) {
            return "";
        }
        return Arrays.stream(stripped.split(" ")).sorted().collect(Collectors.joining(" "));
    }
}
