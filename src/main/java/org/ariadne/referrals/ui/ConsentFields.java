package org.ariadne.referrals.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Who explained the consent (or its refusal), in which language, with or without an interpreter. */
class ConsentFields {

    final TextField explainedBy = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    final Checkbox interpreter = new Checkbox();

    ConsentFields(FormLayout form, String explainer, List<String> personLanguages) {
        explainedBy.setLabel(form.getTranslation("nrm.consent.explained-by"));
        explainedBy.setHelperText(form.getTranslation("nrm.consent.explained-by-help"));
        explainedBy.setValue(explainer);
        explainedBy.setRequired(true);
        explainedBy.setMaxLength(120);
        explainedBy.setId("nrm-consent-explained-by");
        Locale ui = NrmFormat.locale();
        language.setLabel(form.getTranslation("nrm.consent.language"));
        language.setItems(Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(code -> Locale.of(code).getDisplayLanguage(ui))).toList());
        language.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(ui));
        language.setRequired(true);
        language.setValue(personLanguages.isEmpty() ? ui.getLanguage() : personLanguages.getFirst());
        language.setId("nrm-consent-language");
        interpreter.setLabel(form.getTranslation("nrm.consent.interpreter"));
        form.add(explainedBy, language, interpreter);
    }
}
