package org.ariadne.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The interface language: a cookie chosen with the language switch, else the browser's language
 * when Ariadne has it, else English. Applied to every new UI.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "ariadne-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            VaadinRequest request = VaadinService.getCurrentRequest();
            if (request == null || request.getCookies() == null) {
                return;
            }
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    uiInit.getUI().setLocale(TranslationProvider.supported(Locale.of(cookie.getValue())));
                }
            }
        });
    }

    /** Remembers the choice and reloads the page so every text is rendered in the new language. */
    public static void change(Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            var cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setLocale(supported);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(supported);
            ui.getPage().reload();
        }
    }
}
