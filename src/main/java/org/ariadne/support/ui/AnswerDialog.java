package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.DeclineRequest;
import org.ariadne.support.InboxItem;
import org.ariadne.support.ProviderReferral;
import org.ariadne.support.ProviderService;

/** The provider accepts a referral, or declines it with a reason (which counts towards access barriers). */
class AnswerDialog extends Dialog {

    final ComboBox<DeclineReason> reason = new ComboBox<>();
    final TextArea note = new TextArea();
    final Button accept = new Button();
    final Button decline = new Button();

    AnswerDialog(ProviderService providers, InboxItem item, Consumer<ProviderReferral> onAnswered) {
        setHeaderTitle(getTranslation("support.answer.title", getTranslation(item.serviceType().messageKey())));
        reason.setLabel(getTranslation("support.decline.reason"));
        reason.setItems(DeclineReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setId("decline-reason");
        reason.setWidthFull();
        note.setLabel(getTranslation("support.decline.note"));
        note.setHelperText(getTranslation("support.decline.note-help"));
        note.setMaxLength(1000);
        note.setId("decline-note");
        add(new Paragraph(getTranslation("support.answer.help", item.referringOrganisation(),
                SupportLabels.date(item.referredOn()))), new FormLayout(reason, note));
        setWidth("min(40rem, 95vw)");
        accept.setText(getTranslation("support.answer.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setId("accept-referral");
        accept.addClickListener(e -> answer(() -> providers.accept(item.id(), item.version()), onAnswered));
        decline.setText(getTranslation("support.answer.decline"));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.setId("decline-referral");
        decline.addClickListener(e -> answer(() -> providers.decline(item.id(), new DeclineRequest(reason.getValue(),
                note.getValue(), item.version())), onAnswered));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), decline, accept);
    }

    private void answer(java.util.function.Supplier<ProviderReferral> call, Consumer<ProviderReferral> onAnswered) {
        try {
            ProviderReferral answered = call.get();
            close();
            Feedback.saved(this);
            onAnswered.accept(answered);
        } catch (TranslatableException ex) {
            Feedback.refused(this, ex, Map.of("reason", reason, "note", note));
        }
    }
}
