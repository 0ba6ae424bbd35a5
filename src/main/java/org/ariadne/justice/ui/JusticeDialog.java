package org.ariadne.justice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.justice.JusticeRecord;
import org.ariadne.justice.JusticeService;

/**
 * Changes the record. A refused field is marked on the form; a conflict (someone saved in between)
 * keeps what was entered on screen and says so, nothing is overwritten.
 */
class JusticeDialog extends Dialog {

    final JusticeForm form;

    JusticeDialog(JusticeService justice, JusticeRecord record, Consumer<JusticeRecord> onSaved) {
        setHeaderTitle(getTranslation("justice.dialog.title"));
        setWidth("min(60em, 95vw)");
        form = new JusticeForm(record);
        add(form);
        var save = new Button(getTranslation("common.save"), e -> save(justice, record, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-justice");
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save(JusticeService justice, JusticeRecord record, Consumer<JusticeRecord> onSaved) {
        form.clearErrors();
        try {
            JusticeRecord saved = justice.update(record.code(), form.draft(record.version()));
            Feedback.saved(this);
            onSaved.accept(saved);
            close();
        } catch (InvalidInputException e) {
            if (!form.show(e, e.message().resolve(this::getTranslation))) {
                Feedback.error(this, e.message());
            }
        } catch (ConflictException e) {
            Feedback.warning(this, e.messageKey(), e.arguments());
        } catch (TranslatableException e) {
            Feedback.error(this, e.message());
        }
    }
}
