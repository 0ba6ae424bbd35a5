package org.ariadne.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.ariadne.base.LanguagePreference;
import org.ariadne.base.TranslationProvider;

/** Switches the interface language; the choice is kept in a cookie so it survives the login. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        setItems(TranslationProvider.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("layout.language"));
        setValue(TranslationProvider.supported(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        addClassName("language-select");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguagePreference.change(event.getValue());
            }
        });
    }
}
