package org.ariadne.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.ariadne.common.NotFoundException;

/** A record that does not exist or may not be seen: one answer for both, with the service's message. */
@PermitAll
public class RecordNotAvailableView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("error-view");
        NotFoundException e = parameter.getException();
        add(new H2(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation(e.messageKey(), e.arguments())),
                new RouterLink(getTranslation("error.back-home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Every screen names itself in the browser tab, error screens too (screen readers announce it). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.access-denied.title") + " · " + getTranslation("app.name");
    }
}
