package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.organisations.Organisation;
import org.ariadne.support.ReferralRequest;
import org.ariadne.support.ServiceType;
import org.ariadne.support.SupportService;

/** Refers the person to a provider for one service; national policy and consent are checked by the service. */
class ReferDialog extends Dialog {

    final ComboBox<ServiceType> type = new ComboBox<>();
    final ComboBox<Organisation> provider = new ComboBox<>();
    final TextArea needs = new TextArea();
    final Button refer = new Button();

    ReferDialog(SupportService support, CaseCode code, Runnable onReferred) {
        setHeaderTitle(getTranslation("support.refer.title"));
        type.setLabel(getTranslation("support.column.service"));
        type.setItems(ServiceType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setRequired(true);
        type.setId("refer-type");
        provider.setLabel(getTranslation("support.column.provider"));
        provider.setItems(support.providers());
        provider.setItemLabelGenerator(o -> getTranslation("support.refer.provider-label", o.name(),
                getTranslation("actor-type." + o.actorType().name())));
        provider.setRequired(true);
        provider.setId("refer-provider");
        needs.setLabel(getTranslation("support.needs"));
        needs.setHelperText(getTranslation("support.refer.needs-help"));
        needs.setMaxLength(2000);
        needs.setRequired(true);
        needs.setId("refer-needs");
        var form = new FormLayout(type, provider, needs);
        form.setColspan(needs, 2);
        add(new Paragraph(getTranslation("support.refer.help")), form);
        setWidth("min(52rem, 95vw)");
        refer.setText(getTranslation("support.refer.submit"));
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.setId("refer-submit");
        refer.addClickListener(e -> {
            try {
                support.refer(code, new ReferralRequest(type.getValue(),
                        provider.getValue() == null ? null : provider.getValue().id(), needs.getValue()));
                close();
                Feedback.success(this, "support.refer.done");
                onReferred.run();
            } catch (TranslatableException ex) {
                Feedback.refused(this, ex, Map.of("serviceType", type, "provider", provider, "needs", needs));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), refer);
    }
}
