package org.ariadne.referrals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ariadne.organisations.Organisation;
import org.ariadne.referrals.ConsentRequest;
import org.ariadne.referrals.ConsentScope;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.NrmView;

/**
 * Records an adult's informed consent with its scopes and the organisations data may be shared
 * with; on an anonymous notification it also names the authority the upgraded referral goes to.
 */
class ConsentDialog extends Dialog {

    final CheckboxGroup<ConsentScope> scopes = new CheckboxGroup<>();
    final MultiSelectComboBox<Organisation> sharingWith = new MultiSelectComboBox<>();
    final ComboBox<Organisation> authority = new ComboBox<>();
    final ConsentFields fields;

    ConsentDialog(ConsentService consent, NrmService nrm, NrmView view, List<Organisation> organisations,
                  String explainer, List<String> personLanguages, Consumer<NrmView> done, Runnable reload) {
        boolean upgrade = view.nrmCase().stage() == org.ariadne.referrals.workflow.CaseStage.ANONYMOUS_NOTIFICATION;
        setHeaderTitle(getTranslation(upgrade ? "nrm.consent.upgrade-title" : "nrm.consent.give-title"));
        setWidth("680px");
        add(new Paragraph(getTranslation("nrm.consent.give-help")));
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        scopes.setLabel(getTranslation("nrm.consent.scopes"));
        scopes.setItems(ConsentScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation(s.messageKey() + ".long"));
        scopes.setValue(EnumSet.of(ConsentScope.REFERRAL, ConsentScope.SHARING));
        scopes.setId("nrm-consent-scopes");
        sharingWith.setLabel(getTranslation("nrm.consent.sharing-with"));
        sharingWith.setHelperText(getTranslation("nrm.consent.sharing-with-help"));
        sharingWith.setItems(organisations);
        sharingWith.setItemLabelGenerator(Organisation::name);
        sharingWith.setId("nrm-consent-sharing");
        scopes.addValueChangeListener(e -> sharingWith.setEnabled(e.getValue().contains(ConsentScope.SHARING)));
        form.add(scopes, sharingWith);
        if (upgrade) {
            authority.setLabel(getTranslation("nrm.step.authority"));
            authority.setItems(nrm.deciders());
            authority.setItemLabelGenerator(Organisation::name);
            authority.setRequired(true);
            authority.setId("nrm-consent-authority");
            form.add(authority);
        }
        fields = new ConsentFields(form, explainer, personLanguages);
        add(form);
        var confirm = new Button(getTranslation(upgrade ? "nrm.consent.upgrade" : "nrm.consent.give"), e -> {
            var request = new ConsentRequest(scopes.getValue(), sharingWith.getValue().stream().map(Organisation::id)
                    .toList(), fields.explainedBy.getValue(), fields.language.getValue() == null ? ""
                    : fields.language.getValue(), fields.interpreter.getValue(), view.version(),
                    authority.getValue() == null ? null : authority.getValue().id());
            Map<String, HasValidation> invalid = Map.of("scopes", scopes, "sharingWith", sharingWith,
                    "explainedBy", fields.explainedBy, "language", fields.language, "authority", authority);
            if (NrmActions.run(this, () -> consent.give(view.code(), request), done, reload, invalid)) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("nrm-consent-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
