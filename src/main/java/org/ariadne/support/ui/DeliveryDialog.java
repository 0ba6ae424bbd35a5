package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.support.ProviderReferral;

/** The day delivery started or ended: today unless the provider says otherwise; never in the future. */
class DeliveryDialog extends Dialog {

    final DatePicker date = new DatePicker();
    final Button save = new Button();

    DeliveryDialog(String titleKey, LocalDate earliest, LocalDate today, Function<LocalDate, ProviderReferral> record,
                   Consumer<ProviderReferral> onRecorded) {
        setHeaderTitle(getTranslation(titleKey));
        date.setLabel(getTranslation("support.delivery.date"));
        date.setValue(today);
        date.setMin(earliest);
        date.setMax(today);
        date.setRequired(true);
        date.setId("delivery-date");
        add(date);
        save.setText(getTranslation(titleKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("delivery-submit");
        save.addClickListener(e -> {
            try {
                ProviderReferral after = record.apply(date.getValue());
                close();
                Feedback.saved(this);
                onRecorded.accept(after);
            } catch (TranslatableException ex) {
                Feedback.refused(this, ex, Map.of("date", date));
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
