package org.ariadne.base;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The target of the language links: keeps the choice in the cookie {@link LanguagePreference}
 * applies to every new UI, and sends the browser back to the page it came from, which is then built
 * again in the new language. A plain request rather than a server round trip, so it works on the
 * sign-in page too, and is open to anonymous users.
 */
@Controller
class LanguageController {

    static final String PATH = "/language/";
    private static final Duration KEPT = Duration.ofDays(365);

    @GetMapping(PATH + "{code}")
    ResponseEntity<Void> choose(@PathVariable String code, @RequestHeader(name = HttpHeaders.REFERER,
            required = false) @Nullable String referer, HttpServletRequest request) {
        if (TranslationProvider.LOCALES.stream().map(Locale::getLanguage).noneMatch(code::equals)) {
            return ResponseEntity.notFound().build();
        }
        var cookie = ResponseCookie.from(LanguagePreference.COOKIE, code).path("/").maxAge(KEPT).httpOnly(true)
                .sameSite("Lax").secure(request.isSecure()).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, back(referer, request.getContextPath())).build();
    }

    /**
     * The path and query of the page the link was on, never its host: the referer is the browser's
     * word, and a redirect to wherever it names would make this an open redirect. Anything else, or
     * a path the browser would read as another host ({@code //host}), goes to the start page.
     */
    static String back(@Nullable String referer, String contextPath) {
        String home = contextPath + "/";
        if (referer == null) {
            return home;
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return home;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//")
                || path.startsWith(contextPath + PATH)) {
            return home;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
