package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.ariadne.security.Role;
import org.ariadne.support.InboxItem;
import org.ariadne.support.ProviderReferral;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ServiceReferralId;
import org.ariadne.support.ServiceReferralNotAvailableException;
import org.ariadne.support.ServiceReferralStatus;

/**
 * One referral as its provider sees it: the person and their needs while the referral is accepted
 * or being delivered, never the case itself; delivery is recorded here. Opening it is audited.
 */
@Route("services/:id")
@RolesAllowed(Role.Names.SERVICE_PROVIDER)
class ServiceReferralView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProviderService providers;
    private final Clock clock;
    private String title = "";

    ServiceReferralView(ProviderService providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
        addClassName("service-referral-view");
        setMaxWidth("1000px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(providers.referral(parse(event.getRouteParameters().get("id").orElse(""))));
    }

    private void show(ProviderReferral shown) {
        removeAll();
        InboxItem r = shown.referral();
        title = getTranslation(r.serviceType().messageKey());
        var header = new Div(new H2(title), SupportLabels.status(this, r.status()));
        header.addClassName("case-header");
        var meta = new Span(getTranslation("support.provider.meta", r.referringOrganisation(),
                SupportLabels.date(r.referredOn())));
        meta.addClassName("case-meta");
        add(new RouterLink(getTranslation("support.provider.back"), ServiceInboxView.class), header, meta);
        if (shown.recipient() != null) {
            add(new RecipientDetails(shown.recipient(), shown.needs() == null ? "" : shown.needs()));
        } else {
            add(new Paragraph(getTranslation(r.status() == ServiceReferralStatus.PENDING
                    ? "support.provider.pending-help" : "support.provider.no-access")));
        }
        if (r.deliveryStart() != null) {
            add(new Paragraph(getTranslation("support.provider.delivery", SupportLabels.period(this, r.deliveryStart(),
                    r.deliveryEnd(), r.status()))));
        }
        add(actions(r));
    }

    private HorizontalLayout actions(InboxItem r) {
        var actions = new HorizontalLayout();
        LocalDate today = LocalDate.now(clock);
        switch (r.status()) {
            case PENDING -> actions.add(button("support.inbox.answer", VaadinIcon.REPLY, "answer",
                    () -> new AnswerDialog(providers, r, this::show).open()));
            case ACCEPTED -> actions.add(button("support.delivery.start", VaadinIcon.PLAY, "start-delivery",
                    () -> new DeliveryDialog("support.delivery.start", r.referredOn(), today,
                            day -> providers.startDelivery(r.id(), r.version(), day), this::show).open()));
            case DELIVERING -> actions.add(button("support.delivery.end", VaadinIcon.CHECK, "end-delivery",
                    () -> new DeliveryDialog("support.delivery.end", r.deliveryStart() == null ? r.referredOn()
                            : r.deliveryStart(), today, day -> providers.endDelivery(r.id(), r.version(), day),
                            this::show).open()));
            default -> {
                // answered and closed: nothing left to do here
            }
        }
        return actions;
    }

    private Button button(String key, VaadinIcon icon, String id, Runnable action) {
        var button = new Button(getTranslation(key), new Icon(icon), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    /** A malformed id is answered like an unknown one. */
    private static ServiceReferralId parse(String id) {
        try {
            return new ServiceReferralId(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new ServiceReferralNotAvailableException();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
