package org.ariadne.indicators;

import java.util.Locale;

/** An indicator's wording in each interface language. */
public record Labels(String en, String fr, String ru) {

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "ru" -> ru;
            default -> en;
        };
    }
}
