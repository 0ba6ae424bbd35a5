package org.ariadne.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Translated labels of case values, in one place for every case screen. */
final class CaseLabels {

    private CaseLabels() {
    }

    static String of(Component c, String prefix, Enum<?> value) {
        return value == null ? "" : c.getTranslation(prefix + value.name());
    }

    static String all(Component c, String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> of(c, prefix, v)).sorted().collect(Collectors.joining(", "));
    }

    static String country(Component c, String code) {
        return names().country(code);
    }

    static String language(Component c, String code) {
        return names().language(code);
    }

    /** The country and language names in the current screen's language. */
    static DisplayNames names() {
        return DisplayNames.in(locale());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String countries(Component c, Collection<String> codes) {
        return codes.stream().map(code -> country(c, code)).collect(Collectors.joining(", "));
    }
}
