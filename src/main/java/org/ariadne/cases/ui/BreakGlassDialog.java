package org.ariadne.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.ariadne.cases.CaseService;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;

/** Emergency access to a case outside one's scope: a code, a reason, one hour, recorded and shown to the DPO. */
class BreakGlassDialog extends Dialog {

    BreakGlassDialog(CaseService cases) {
        setHeaderTitle(getTranslation("cases.break-glass.title"));
        var code = new TextField(getTranslation("cases.list.search"));
        code.setId("break-glass-code");
        var reason = new TextArea(getTranslation("cases.break-glass.reason"));
        reason.setMaxLength(500);
        reason.setMinLength(15);
        reason.setId("break-glass-reason");
        add(new Paragraph(getTranslation("cases.break-glass.help")), new FormLayout(code, reason));
        var open = new Button(getTranslation("cases.break-glass.open"), e -> {
            try {
                var grant = cases.breakGlass(CaseCodes.parse(code.getValue().strip()), reason.getValue());
                // Take the UI before closing: a closed dialog is no longer attached to it.
                UI ui = UI.getCurrent();
                close();
                ui.navigate(CaseDetailsView.class, new RouteParameters("code", grant.code().value()));
            } catch (TranslatableException ex) {
                Feedback.refused(this, ex, Map.of("reason", reason));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        open.setId("break-glass-open");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), open);
    }
}
