package org.ariadne.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown address, or a view the user's roles may not open (Vaadin answers those as not found).
 * A refused view is recorded in the audit trail; an address that matches no view is not.
 */
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final AuditTrail audit;

    NotFoundView(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            audit.record(AuditEvent.denied("view.open", "view", path.length() > 80 ? path.substring(0, 80) : path));
        }
        removeAll();
        addClassName("error-view");
        add(new H2(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.text")),
                new RouterLink(getTranslation("error.back-home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Every screen names itself in the browser tab, error screens too (screen readers announce it). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " · " + getTranslation("app.name");
    }
}
