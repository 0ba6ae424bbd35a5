package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.support.FeedbackRequest;
import org.ariadne.support.ServiceFeedbackGiven.NeedsMet;
import org.ariadne.support.ServiceReferral;
import org.ariadne.support.SupportService;

/**
 * The person's own feedback on a service, recorded by the caseworker only when the person agreed:
 * the box must be ticked. It is kept without the recorder's name, dated by month.
 */
class FeedbackDialog extends Dialog {

    final Checkbox consents = new Checkbox();
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    final RadioButtonGroup<NeedsMet> needsMet = new RadioButtonGroup<>();
    final Button save = new Button();

    FeedbackDialog(SupportService support, ServiceReferral referral, Runnable onRecorded) {
        setHeaderTitle(getTranslation("support.feedback.title", getTranslation(referral.serviceType().messageKey())));
        consents.setLabel(getTranslation("support.feedback.consents"));
        consents.setId("feedback-consents");
        rating.setLabel(getTranslation("support.feedback.rating"));
        rating.setItems(List.of(1, 2, 3, 4, 5));
        rating.setItemLabelGenerator(n -> getTranslation("support.rating." + n));
        rating.setId("feedback-rating");
        needsMet.setLabel(getTranslation("support.feedback.needs-met"));
        needsMet.setItems(NeedsMet.values());
        needsMet.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        needsMet.setId("feedback-needs-met");
        add(new VerticalLayout(new Paragraph(getTranslation("support.feedback.help")), consents, rating, needsMet));
        save.setText(getTranslation("support.feedback.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("feedback-submit");
        save.addClickListener(e -> {
            try {
                support.recordFeedback(referral.id(), new FeedbackRequest(rating.getValue(), needsMet.getValue(),
                        consents.getValue()));
                close();
                Feedback.saved(this);
                onRecorded.run();
            } catch (TranslatableException ex) {
                Feedback.refused(this, ex, Map.of("personConsents", consents, "rating", rating, "needsMet", needsMet));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
