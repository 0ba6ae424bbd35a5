package org.ariadne.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.ariadne.common.ui.Feedback;
import org.ariadne.common.TranslatableException;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationDraft;
import org.ariadne.organisations.OrganisationService;
import org.jspecify.annotations.Nullable;

/** Creates or edits one organisation. The service validates again; its refusal is shown on the field. */
class OrganisationDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<ActorType> actorType = new ComboBox<>();
    private final TextField region = new TextField();
    private final Checkbox active = new Checkbox();
    private final EmailField notificationEmail = new EmailField();

    OrganisationDialog(OrganisationService service, @Nullable Organisation existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "organisations.new" : "organisations.edit"));
        code.setLabel(getTranslation("organisations.code"));
        code.setHelperText(getTranslation("organisations.code-help"));
        code.setRequired(true);
        code.setMaxLength(40);
        code.setPattern("[A-Z0-9][A-Z0-9-]{1,39}");
        name.setLabel(getTranslation("organisations.name"));
        name.setRequired(true);
        name.setMaxLength(160);
        actorType.setLabel(getTranslation("organisations.actor-type"));
        actorType.setItems(ActorType.values());
        actorType.setItemLabelGenerator(type -> getTranslation("actor-type." + type.name()));
        actorType.setRequired(true);
        region.setLabel(getTranslation("organisations.region"));
        region.setRequired(true);
        region.setMaxLength(80);
        notificationEmail.setLabel(getTranslation("organisations.notification-email"));
        notificationEmail.setHelperText(getTranslation("organisations.notification-email-help"));
        notificationEmail.setMaxLength(254);
        notificationEmail.setClearButtonVisible(true);
        notificationEmail.setId("notification-email");
        active.setLabel(getTranslation("common.active"));
        active.setValue(true);
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
            actorType.setValue(existing.actorType());
            region.setValue(existing.region());
            active.setValue(existing.active());
            notificationEmail.setValue(existing.notificationEmail() == null ? "" : existing.notificationEmail());
        }
        var form = new FormLayout(code, name, actorType, region, notificationEmail, active);
        add(form);
        var save = new Button(getTranslation("common.save"), e -> save(service, existing, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-organisation");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save(OrganisationService service, @Nullable Organisation existing, Runnable onSaved) {
        var draft = new OrganisationDraft(code.getValue(), name.getValue(), actorType.getValue(), region.getValue(),
                active.getValue(), existing == null ? 0 : existing.version(), notificationEmail.getValue());
        try {
            if (existing == null) {
                service.create(draft);
            } else {
                service.update(existing.id(), draft);
            }
            Feedback.saved(this);
            onSaved.run();
            close();
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of("code", code, "name", name, "actorType", actorType, "region", region,
                    "notificationEmail", notificationEmail));
        }
    }
}
