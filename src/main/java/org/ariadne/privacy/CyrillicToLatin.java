package org.ariadne.privacy;

import java.util.Map;

/**
 * Cyrillic to Latin for name matching, after the recommended table of ICAO Doc 9303 (part 3),
 * which Russian, and through language variants Ukrainian, Belarusian and other passports print
 * beside the Cyrillic name. The language-neutral column is used: it cannot know the language, so
 * Ukrainian "Г" gives "g", not the "h" a Ukrainian passport shows (see decision 004). Lower case
 * only: the normaliser folds case first.
 */
final class CyrillicToLatin {

    private static final Map<Character, String> TABLE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
            Map.entry('я', "ia"),
            // Other Cyrillic alphabets, same table.
            Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('є', "ie"), Map.entry('ґ', "g"),
            Map.entry('ў', "u"), Map.entry('ђ', "d"), Map.entry('ѓ', "g"), Map.entry('ѕ', "dz"),
            Map.entry('ј', "j"), Map.entry('љ', "lj"), Map.entry('њ', "nj"), Map.entry('ќ', "k"),
            Map.entry('ћ', "c"), Map.entry('џ', "dz"), Map.entry('һ', "c"), Map.entry('ѫ', "u"));

    private CyrillicToLatin() {
    }

    static String transliterate(CharSequence lowerCase) {
        var out = new StringBuilder(lowerCase.length() + 8);
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            String latin = TABLE.get(c);
            out.append(latin != null ? latin : String.valueOf(c));
        }
        return out.toString();
    }
}
