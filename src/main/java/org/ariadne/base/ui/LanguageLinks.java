package org.ariadne.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.ariadne.base.TranslationProvider;
import org.ariadne.security.ui.LoginCardItem;

/**
 * The language switch, in the drawer and on the sign-in card: a link per language, each named in
 * its own language, to {@code GET /language/{code}}, which keeps the choice in a cookie and sends
 * the browser back to the page, so the page is built again in the new language. Plain links work
 * before signing in and cost the session one element.
 */
@org.springframework.stereotype.Component
class LanguageLinks implements LoginCardItem {

    private final TranslationProvider translations;

    LanguageLinks(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public Component create() {
        Locale current = TranslationProvider.supported(UI.getCurrentOrThrow().getLocale());
        var nav = Markup.element("nav", "language-links")
                .attribute("aria-label", translations.getTranslation("layout.language", current));
        for (Locale locale : TranslationProvider.LOCALES) {
            String code = locale.getLanguage();
            // Relative, since Vaadin's <base href> is the application's root; router-ignore makes it a page
            // load rather than a navigation inside the page.
            var link = Markup.element("a").attribute("href", "language/" + code).attribute("lang", code)
                    .attribute("hreflang", code).flag("router-ignore");
            if (locale.equals(current)) {
                link.attribute("class", "current").attribute("aria-current", "true");
            }
            nav.add(link.text(translations.getTranslation("language." + code, locale)));
        }
        return nav.component();
    }
}
