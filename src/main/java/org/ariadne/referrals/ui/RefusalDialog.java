package org.ariadne.referrals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ariadne.common.Message;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.ReferralBarrier;
import org.ariadne.referrals.RefusalRequest;
import org.jspecify.annotations.Nullable;

/**
 * Records that an adult declined referral, with the reasons they gave; optionally sends the
 * anonymous notification (statistics only), which erases the person's identifiers.
 */
class RefusalDialog extends Dialog {

    final CheckboxGroup<ReferralBarrier> barriers = new CheckboxGroup<>();
    final Checkbox notify = new Checkbox();
    final TextArea note = new TextArea();

    RefusalDialog(ConsentService consent, NrmView view, String explainer, List<String> personLanguages,
                  @Nullable Message notifyRefusal, Consumer<NrmView> done, Runnable reload) {
        setHeaderTitle(getTranslation("nrm.consent.refuse-title"));
        setWidth("680px");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        barriers.setLabel(getTranslation("nrm.consent.barriers"));
        barriers.setItems(ReferralBarrier.values());
        barriers.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        barriers.setId("nrm-refusal-barriers");
        var fields = new ConsentFields(form, explainer, personLanguages);
        notify.setLabel(getTranslation("nrm.consent.notify-anonymously"));
        notify.setHelperText(notifyRefusal == null ? getTranslation("nrm.consent.notify-anonymously-help")
                : NrmFormat.text(this, notifyRefusal));
        notify.setEnabled(notifyRefusal == null);
        notify.setId("nrm-refusal-notify");
        note.setLabel(getTranslation("nrm.consent.refusal-note"));
        note.setMaxLength(2000);
        form.addComponentAsFirst(barriers);
        form.add(notify, note);
        add(new Paragraph(getTranslation("nrm.consent.refuse-help")), form);
        var confirm = new Button(getTranslation("nrm.consent.refuse"), e -> {
            var request = new RefusalRequest(barriers.getValue(), fields.explainedBy.getValue(),
                    fields.language.getValue() == null ? "" : fields.language.getValue(), fields.interpreter.getValue(),
                    notify.getValue(), note.getValue(), view.version());
            Map<String, HasValidation> invalid = Map.of("explainedBy", fields.explainedBy, "language", fields.language,
                    "reason", note);
            if (NrmActions.run(this, () -> consent.refuse(view.code(), request), done, reload, invalid)) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("nrm-refusal-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
