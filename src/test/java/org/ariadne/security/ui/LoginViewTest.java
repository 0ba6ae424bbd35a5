package org.ariadne.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import org.ariadne.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** A person can choose the language before signing in: the links sit on the card, under the form. */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void theSignInCardOffersTheLanguagesUnderTheForm() {
        navigate(LoginView.class);
        Div card = $(Div.class).withClassName("login-card").single();
        Html links = $(Html.class, card).single();
        assertThat(links.getElement().getClassList()).contains("language-links");
        assertThat(card.getChildren().toList().indexOf(links))
                .isGreaterThan(card.getChildren().toList().indexOf($(LoginForm.class, card).single()));
        Element nav = Jsoup.parseBodyFragment(links.getElement().getOuterHTML()).body().child(0);
        assertThat(nav.select("a")).extracting(Element::text).containsExactly("English", "Français", "Русский");
        assertThat(nav.select("a[aria-current=true]")).extracting(a -> a.attr("href")).containsExactly("language/en");
    }
}
