package org.ariadne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.handler;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * GET /language/{code} through the real security filter chains: the cookie, and the way back to
 * the page the link was on, never to another host.
 */
@IntegrationTest
class LanguageControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    private ResultActions choose(String code, @Nullable String referer) throws Exception {
        var request = get("/language/" + code);
        return mvc.perform(referer == null ? request : request.header(HttpHeaders.REFERER, referer));
    }

    @Test
    @WithAnonymousUser
    void anonymousChoiceSetsTheCookieAndGoesBackToThePage() throws Exception {
        String cookie = choose("fr", "http://localhost/login?error")
                .andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, "/login?error"))
                .andExpect(handler().handlerType(LanguageController.class))
                .andReturn().getResponse().getHeader(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("ariadne-lang=fr;").contains("Path=/", "Max-Age=31536000", "HttpOnly",
                "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    @WithAnonymousUser
    void overHttpsTheCookieIsSecure() throws Exception {
        String cookie = mvc.perform(get("https://localhost/language/ru").secure(true))
                .andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("ariadne-lang=ru;").contains("Secure");
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void aSignedInUserChoosesToo() throws Exception {
        choose("ru", "http://localhost/cases/2026-000123-K")
                .andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, "/cases/2026-000123-K"))
                .andExpect(header().string(HttpHeaders.SET_COOKIE, startsWith("ariadne-lang=ru;")));
    }

    @Test
    @WithAnonymousUser
    void aRefererOnAnotherHostGivesOnlyItsPath() throws Exception {
        choose("en", "https://evil.example/phish?x=1")
                .andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, "/phish?x=1"));
    }

    @Test
    @WithAnonymousUser
    void aPathThatNamesAnotherHostNoRefererOrTheSwitchItselfGoToTheStart() throws Exception {
        choose("fr", "http://localhost//evil.example/x").andExpect(header().string(HttpHeaders.LOCATION, "/"));
        choose("fr", null).andExpect(status().isSeeOther()).andExpect(header().string(HttpHeaders.LOCATION, "/"));
        choose("fr", "not a url").andExpect(header().string(HttpHeaders.LOCATION, "/"));
        choose("fr", "http://localhost/language/ru").andExpect(header().string(HttpHeaders.LOCATION, "/"));
    }

    @Test
    @WithAnonymousUser
    void anUnsupportedLanguageIsNotFoundAndSetsNothing() throws Exception {
        choose("xx", "http://localhost/login")
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }

    @Test
    void vaadinsServletLeavesOtherPathsToSpringMvc() {
        // Vaadin's servlet takes its own path only; every other request passes Spring MVC's dispatcher,
        // where a controller's mapping comes before Vaadin's catch-all (the handler checked above).
        assertThat(servlets).filteredOn(bean -> bean.getServlet() instanceof SpringServlet).singleElement()
                .satisfies(bean -> assertThat(bean.getUrlMappings()).doesNotContain("/*", "/"));
    }
}
