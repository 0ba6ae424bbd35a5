package org.ariadne.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import java.util.List;
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

/** The drawer's header and footer as HTML: the application, and the signed-in user, escaped. */
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
}
