package org.ariadne.policy.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** Names of the days of the week, as a list or a heading shows them ("Monday", "Lundi", "Понедельник"). */
final class Days {

    private Days() {
    }

    static String name(DayOfWeek day, Locale locale) {
        String name = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
