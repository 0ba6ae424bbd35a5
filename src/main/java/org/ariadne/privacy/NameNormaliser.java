package org.ariadne.privacy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts a person's name in one canonical form for identity matching, so that "Anna Ivanova",
 * "IVANOVA, Anna", "Ánna  Ivanová" and "Анна Иванова" all give {@code anna ivanova}.
 * <p>
 * Steps: drop apostrophes (O'Brien is OBrien); Unicode NFKC (full-width and ligature forms);
 * case folding; Cyrillic to Latin ({@link CyrillicToLatin}); diacritics removed, and the few Latin
 * letters that do not decompose spelt out (ø, ł, đ, æ, ß...); every run of other characters made
 * one space; name parts sorted, because the order of given and family names varies by country
 * and by who wrote them down. Letters of other scripts are kept as they are, so names written in
 * the same script still match. The result is for matching and hashing only, never for display.
 * Any change here changes every blind index: it needs a re-index of stored identities.
 */
public final class NameNormaliser {

    private static final Pattern APOSTROPHES = Pattern.compile("['`´‘’ʹʻʼ]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<Character, String> UNDECOMPOSABLE = Map.ofEntries(
            Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"), Map.entry('đ', "d"),
            Map.entry('ð', "d"), Map.entry('ł', "l"), Map.entry('ħ', "h"),
            Map.entry('þ', "th"), Map.entry('ŧ', "t"), Map.entry('ŋ', "ng"), Map.entry('ς', "σ"));

    private NameNormaliser() {
    }

    /** The canonical form; empty when the name has no letter or digit. */
    public static String normalise(String name) {
        String text = APOSTROPHES.matcher(name).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = caseFold(text);
        text = CyrillicToLatin.transliterate(text);
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = spellOut(text);
        text = SEPARATORS.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return "";
        }
        return Arrays.stream(text.split(" ")).sorted().collect(Collectors.joining(" "));
    }

    /**
     * Java has no full case folding; upper then lower case comes close: "ß" becomes "ss" and the
     * Turkish dotless ı ends as i. (The Greek final sigma is unified with σ when spelling out.)
     */
    private static String caseFold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String spellOut(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = UNDECOMPOSABLE.get(c);
            out.append(replacement != null ? replacement : String.valueOf(c));
        }
        return out.toString();
    }
}
