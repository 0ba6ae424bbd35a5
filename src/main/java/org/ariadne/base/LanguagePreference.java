package org.ariadne.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The interface language: a cookie set by the language links ({@link LanguageController}), else
 * the browser's language when Ariadne has it, else English. Applied to every new UI.
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
}
