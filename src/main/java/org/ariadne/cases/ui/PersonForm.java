package org.ariadne.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import org.ariadne.cases.CaseRules;
import org.ariadne.cases.Disability;
import org.ariadne.cases.PersonData;
import org.ariadne.cases.Sex;

/** The person step. Limits mirror CaseRules so the form refuses what the service would. */
class PersonForm extends FormLayout {

    final TextField name = new TextField();
    final TextField aliases = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final IntegerField estimatedAge = new IntegerField();
    final Checkbox ageDisputed = new Checkbox();
    final ComboBox<Sex> sex = new ComboBox<>();
    final MultiSelectComboBox<String> citizenships = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final ComboBox<Disability> disability = new ComboBox<>();
    final Checkbox pregnant = new Checkbox();
    final TextArea documents = new TextArea();
    final TextArea contact = new TextArea();

    PersonForm() {
        name.setLabel(getTranslation("cases.person.name"));
        name.setMaxLength(CaseRules.NAME_MAX);
        aliases.setLabel(getTranslation("cases.person.aliases"));
        aliases.setMaxLength(CaseRules.TEXT_MAX);
        dateOfBirth.setLabel(getTranslation("cases.person.date-of-birth"));
        dateOfBirth.setMax(LocalDate.now());
        estimatedAge.setLabel(getTranslation("cases.person.estimated-age"));
        estimatedAge.setMin(0);
        estimatedAge.setMax(120);
        ageDisputed.setLabel(getTranslation("cases.person.age-disputed"));
        ageDisputed.setTooltipText(getTranslation("cases.person.age-disputed-help"));
        sex.setLabel(getTranslation("cases.person.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(v -> CaseLabels.of(this, "cases.sex.", v));
        citizenships.setLabel(getTranslation("cases.person.citizenships"));
        citizenships.setItems(CaseLabels.names().countryCodes());
        citizenships.setItemLabelGenerator(code -> CaseLabels.country(this, code));
        languages.setLabel(getTranslation("cases.person.languages"));
        languages.setItems(CaseLabels.names().languageCodes());
        languages.setItemLabelGenerator(code -> CaseLabels.language(this, code));
        disability.setLabel(getTranslation("cases.person.disability"));
        disability.setItems(Disability.values());
        disability.setItemLabelGenerator(v -> CaseLabels.of(this, "cases.disability.", v));
        pregnant.setLabel(getTranslation("cases.person.pregnant"));
        documents.setLabel(getTranslation("cases.person.documents"));
        documents.setMaxLength(CaseRules.TEXT_MAX);
        contact.setLabel(getTranslation("cases.person.contact"));
        contact.setMaxLength(CaseRules.TEXT_MAX);
        add(name, aliases, dateOfBirth, estimatedAge, ageDisputed, sex, citizenships, languages, disability, pregnant,
                documents, contact);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
    }

    void setValue(PersonData p) {
        name.setValue(nz(p.name()));
        aliases.setValue(nz(p.aliases()));
        dateOfBirth.setValue(p.dateOfBirth());
        estimatedAge.setValue(p.estimatedAge());
        ageDisputed.setValue(p.ageDisputed());
        sex.setValue(p.sex());
        citizenships.setValue(new LinkedHashSet<>(p.citizenships()));
        languages.setValue(new LinkedHashSet<>(p.languages()));
        disability.setValue(p.disability());
        pregnant.setValue(p.pregnant());
        documents.setValue(nz(p.identityDocuments()));
        contact.setValue(nz(p.contact()));
    }

    PersonData getValue() {
        return new PersonData(name.getValue(), aliases.getValue(), dateOfBirth.getValue(), estimatedAge.getValue(),
                ageDisputed.getValue(), sex.getValue(), new ArrayList<>(citizenships.getSelectedItems()),
                new ArrayList<>(languages.getSelectedItems()), disability.getValue(), pregnant.getValue(),
                documents.getValue(), contact.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of("person.name", name, "person.aliases", aliases, "person.dateOfBirth", dateOfBirth,
                "person.estimatedAge", estimatedAge, "person.citizenships", citizenships, "person.languages", languages,
                "person.identityDocuments", documents, "person.contact", contact);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
