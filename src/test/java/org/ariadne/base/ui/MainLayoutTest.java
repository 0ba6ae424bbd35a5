package org.ariadne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.ariadne.IntegrationTest;
import org.ariadne.security.internal.AriadneUserDetails;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The drawer's header and footer as HTML: the signed-in user, escaped, and the language links. */
@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    /** The markup of the one {@link Html} of the layout with this class, parsed as a browser would. */
    private Element html(String cssClass) {
        List<Html> found = $(Html.class).all().stream()
                .filter(html -> html.getElement().getClassList().contains(cssClass)).toList();
        assertThat(found).as(cssClass).hasSize(1);
        return Jsoup.parseBodyFragment(found.getFirst().getElement().getOuterHTML()).body().child(0);
    }

    @Test
    @WithUserDetails("admin")
    void headerAndFooterNameTheApplicationTheUserTheirOrganisationAndRoles() {
        navigate(HomeView.class);
        Element header = html("app-header");
        assertThat(header.select(".app-name").text()).isEqualTo("Ariadne");
        assertThat(header.select(".app-tagline").text()).isNotBlank();
        Element user = html("user-info");
        assertThat(user.tagName()).isEqualTo("div");
        assertThat(user.select(".user-name").text()).isEqualTo("Alex Administrator");
        assertThat(user.select(".user-organisation").text()).isEqualTo("Office of the National Co-ordinator");
        assertThat(user.select(".user-roles").text()).isEqualTo("Administrator");
        assertThat($(Button.class).id("logout").getText()).isEqualTo("Sign out");
    }

    @Test
    void aDisplayNameIsShownAsTextNeverAsMarkup() {
        var real = (AriadneUserDetails) users.loadUserByUsername("ngo.caseworker");
        String name = "<script>alert('x')</script> <b>Eve</b> & \"Co\"";
        var hostile = new AriadneUserDetails(real.username(), real.password(), name, real.organisationCode(),
                real.authorities(), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(hostile, null, hostile.getAuthorities()));
        navigate(HomeView.class);
        Element user = html("user-info");
        assertThat(user.select(".user-name").text()).isEqualTo(name);
        assertThat(user.select("script, b")).isEmpty();
        assertThat(user.children()).hasSize(3);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void languageLinksNameEachLanguageInItselfAndMarkTheCurrentOne() {
        navigate(HomeView.class);
        Element nav = html("language-links");
        assertThat(nav.tagName()).isEqualTo("nav");
        assertThat(nav.attr("aria-label")).isEqualTo("Language");
        assertThat(nav.select("a")).extracting(Element::text).containsExactly("English", "Français", "Русский");
        assertThat(nav.select("a")).extracting(a -> a.attr("href")).containsExactly("language/en", "language/fr",
                "language/ru");
        assertThat(nav.select("a")).allSatisfy(a -> {
            assertThat(a.attr("lang")).isEqualTo(a.attr("hreflang")).isEqualTo(a.attr("href").substring(9));
            assertThat(a.hasAttr("router-ignore")).isTrue();
        });
        assertThat(nav.select("a[aria-current=true]")).extracting(Element::text).containsExactly("English");
        assertThat(nav.select("a.current")).extracting(Element::text).containsExactly("English");
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void aUiStartedWithTheLanguageCookieIsInThatLanguage() {
        var requests = MockVaadin.INSTANCE.getMockRequestFactory();
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            var request = requests.invoke(session);
            request.addCookie(new Cookie("ariadne-lang", "fr"));
            return request;
        });
        try {
            // A new session and UI, as the page loaded after choosing the language gets.
            cleanVaadinEnvironment();
            initVaadinEnvironment();
            navigate(HomeView.class);
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
            Element nav = html("language-links");
            assertThat(nav.attr("aria-label")).isEqualTo("Langue");
            assertThat(nav.select("a[aria-current=true]")).extracting(Element::text).containsExactly("Français");
            assertThat($(Button.class).id("logout").getText()).isEqualTo("Se déconnecter");
        } finally {
            MockVaadin.INSTANCE.setMockRequestFactory(requests);
        }
    }
}
