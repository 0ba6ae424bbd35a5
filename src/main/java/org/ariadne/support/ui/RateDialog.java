package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.support.ServiceReferral;
import org.ariadne.support.SupportService;

/** The caseworker's rating of a service that has started, from 1 (poor) to 5 (excellent). */
class RateDialog extends Dialog {

    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    final Button save = new Button();

    RateDialog(SupportService support, ServiceReferral referral, Runnable onRated) {
        setHeaderTitle(getTranslation("support.rate.title", getTranslation(referral.serviceType().messageKey()),
                referral.providerName()));
        rating.setLabel(getTranslation("support.rate.label"));
        rating.setItems(List.of(1, 2, 3, 4, 5));
        rating.setItemLabelGenerator(n -> getTranslation("support.rating." + n));
        rating.setValue(referral.caseworkerRating());
        rating.setId("rate-value");
        add(rating);
        save.setText(getTranslation("support.rate.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rate-submit");
        save.addClickListener(e -> {
            try {
                support.rate(referral.id(), referral.version(), rating.getValue());
                close();
                Feedback.saved(this);
                onRated.run();
            } catch (TranslatableException ex) {
                Feedback.refused(this, ex, Map.of("rating", rating));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
