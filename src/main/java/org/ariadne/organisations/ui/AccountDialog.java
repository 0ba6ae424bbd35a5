package org.ariadne.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.organisations.Organisation;
import org.ariadne.security.AccountDraft;
import org.ariadne.security.AccountSummary;
import org.ariadne.security.LocalAccountService;
import org.ariadne.security.Role;
import org.jspecify.annotations.Nullable;

/** Creates or edits a local account; for an existing one, also resets its password. */
class AccountDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();
    private final PasswordField password = new PasswordField();

    AccountDialog(LocalAccountService service, List<Organisation> organisations, @Nullable AccountSummary existing,
                  Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        username.setLabel(getTranslation("users.username"));
        username.setRequired(true);
        username.setMaxLength(64);
        username.setHelperText(getTranslation("users.username-help"));
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setRequired(true);
        displayName.setMaxLength(120);
        organisation.setLabel(getTranslation("users.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setRequired(true);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setRequired(true);
        active.setLabel(getTranslation("common.active"));
        active.setValue(true);
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.new-password"));
        password.setHelperText(getTranslation("users.password-help", LocalAccountService.MIN_PASSWORD_LENGTH));
        password.setMaxLength(128);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            organisations.stream().filter(o -> o.code().equals(existing.organisationCode())).findFirst()
                    .ifPresent(organisation::setValue);
            roles.setValue(existing.roles());
            active.setValue(existing.active());
        }
        add(new FormLayout(username, displayName, organisation, roles, active, password));
        var save = new Button(getTranslation("common.save"), e -> save(service, existing, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save(LocalAccountService service, @Nullable AccountSummary existing, Runnable onSaved) {
        String orgCode = organisation.getValue() == null ? null : organisation.getValue().code();
        var draft = new AccountDraft(username.getValue(), displayName.getValue(), orgCode, roles.getValue(),
                active.getValue(), password.getValue(), existing == null ? 0 : existing.version());
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
            Feedback.refused(this, e, Map.of("username", username, "displayName", displayName,
                    "organisationCode", organisation, "roles", roles, "password", password));
        }
    }
}
