package org.ariadne.referrals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmView;

/** Records the withdrawal of consent: sharing stops at once, and a referred case is closed. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();

    WithdrawDialog(ConsentService consent, NrmView view, Consumer<NrmView> done, Runnable reload) {
        setHeaderTitle(getTranslation("nrm.transition.WITHDRAW_CONSENT"));
        setWidth("560px");
        reason.setLabel(getTranslation("nrm.step.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("nrm-withdraw-reason");
        add(new Paragraph(getTranslation("nrm.consent.withdraw-help")), reason);
        var confirm = new Button(getTranslation("nrm.transition.WITHDRAW_CONSENT"), e -> {
            Map<String, HasValidation> fields = Map.of("reason", reason);
            if (NrmActions.run(this, () -> consent.withdraw(view.code(), reason.getValue(), view.version()), done,
                    reload, fields)) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("nrm-withdraw-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
