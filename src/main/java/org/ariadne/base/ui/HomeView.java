package org.ariadne.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.security.Role;
import org.ariadne.security.UserContext;
import org.ariadne.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The start page: who you are acting as, cards other features add ({@link HomeCard}, e.g. the
 * user's tasks), and what each of your roles lets you do here.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, CurrentActor currentActor, ObjectProvider<HomeCard> homeCards) {
        addClassName("home-view");
        setMaxWidth("960px");
        UserContext user = currentUser.require();
        add(new H2(getTranslation("home.welcome", user.displayName())));
        String organisation = currentActor.find().map(Actor::organisation)
                .map(org -> getTranslation("home.acting-for", org.name(), getTranslation("actor-type." + org.actorType().name())))
                .orElse(getTranslation("home.no-organisation"));
        add(new Paragraph(organisation));
        homeCards.orderedStream().sorted(Comparator.comparingInt(HomeCard::order))
                .forEach(card -> card.create().ifPresent(this::add));
        var cards = new Div();
        cards.addClassName("role-cards");
        user.roles().stream().sorted().forEach(role -> cards.add(roleCard(role)));
        add(cards);
    }

    private Div roleCard(Role role) {
        var card = new Div(new H3(getTranslation("role." + role.name())),
                new Paragraph(getTranslation("home.role-help." + role.name())));
        card.addClassName("role-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
