package org.ariadne.justice.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.ariadne.common.InvalidInputException;
import org.ariadne.justice.JusticeDraft;
import org.ariadne.justice.JusticeRecord;
import org.ariadne.justice.NonPunishment;
import org.ariadne.justice.WitnessStatus;
import org.ariadne.referrals.workflow.Cooperation;

/** The fields of a criminal-justice record. The service checks everything again. */
class JusticeForm extends VerticalLayout {

    final RadioButtonGroup<Cooperation> cooperation = new RadioButtonGroup<>();
    final ComboBox<WitnessStatus> witness = new ComboBox<>();
    final ComboBox<NonPunishment> nonPunishment = new ComboBox<>();
    final OffencesEditor offences;
    final CompensationEditor compensation;
    final TextArea note = new TextArea();

    JusticeForm(JusticeRecord record) {
        setPadding(false);
        cooperation.setLabel(getTranslation("justice.cooperation"));
        cooperation.setItems(Cooperation.values());
        cooperation.setItemLabelGenerator(c -> getTranslation("justice.cooperation." + c.name()));
        cooperation.setValue(record.cooperation());
        cooperation.setRequiredIndicatorVisible(true);
        cooperation.setId("justice-cooperation");
        witness.setLabel(getTranslation("justice.witness"));
        witness.setItems(WitnessStatus.values());
        witness.setItemLabelGenerator(w -> getTranslation(w.messageKey()));
        witness.setValue(record.witness());
        witness.setRequired(true);
        witness.setId("justice-witness");
        nonPunishment.setLabel(getTranslation("justice.non-punishment"));
        nonPunishment.setItems(NonPunishment.values());
        nonPunishment.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        nonPunishment.setValue(record.nonPunishment());
        nonPunishment.setRequired(true);
        nonPunishment.setId("justice-non-punishment");
        offences = new OffencesEditor(record.offences());
        compensation = new CompensationEditor(record);
        note.setLabel(getTranslation("justice.note"));
        note.setHelperText(getTranslation("justice.note-help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("justice-note");
        var top = new FormLayout(witness, nonPunishment);
        top.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(cooperation, top, new H4(getTranslation("justice.offences")), offences,
                new H4(getTranslation("justice.compensation")), compensation, note);
    }

    JusticeDraft draft(long version) {
        return new JusticeDraft(cooperation.getValue(), witness.getValue(), offences.value(),
                nonPunishment.getValue(), compensation.value(), note.getValue(), version);
    }

    void clearErrors() {
        for (HasValidation field : new HasValidation[] {cooperation, witness, nonPunishment, note}) {
            field.setInvalid(false);
        }
        offences.clearErrors();
        compensation.clearErrors();
    }

    /** Shows a refusal on the field it names; false when no such field is on the form. */
    boolean show(InvalidInputException e, String message) {
        HasValidation field = switch (e.field()) {
            case "cooperation" -> cooperation;
            case "witness" -> witness;
            case "nonPunishment" -> nonPunishment;
            case "note" -> note;
            default -> null;
        };
        if (field == null) {
            return offences.show(e.field(), message) || compensation.show(e.field(), message);
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
