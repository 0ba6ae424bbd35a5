package org.ariadne.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.ariadne.cases.CaseRules;
import org.ariadne.cases.Channel;
import org.ariadne.cases.EncounterData;

/** The encounter step: when, where and how the person came to attention. */
class EncounterForm extends FormLayout {

    final DatePicker date = new DatePicker();
    final TextField region = new TextField();
    final TextField municipality = new TextField();
    final ComboBox<Channel> channel = new ComboBox<>();

    EncounterForm() {
        date.setLabel(getTranslation("cases.encounter.date"));
        date.setMax(LocalDate.now());
        date.setRequiredIndicatorVisible(true);
        region.setLabel(getTranslation("cases.encounter.region"));
        region.setMaxLength(CaseRules.PLACE_MAX);
        region.setRequiredIndicatorVisible(true);
        municipality.setLabel(getTranslation("cases.encounter.municipality"));
        municipality.setMaxLength(CaseRules.PLACE_MAX);
        channel.setLabel(getTranslation("cases.encounter.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(v -> CaseLabels.of(this, "cases.channel.", v));
        channel.setRequiredIndicatorVisible(true);
        add(date, channel, region, municipality);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
    }

    void setValue(EncounterData e) {
        date.setValue(e.date());
        region.setValue(PersonForm.nz(e.region()));
        municipality.setValue(PersonForm.nz(e.municipality()));
        channel.setValue(e.channel());
    }

    EncounterData getValue() {
        return new EncounterData(date.getValue(), region.getValue(), municipality.getValue(), channel.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of("encounter.date", date, "encounter.region", region, "encounter.municipality", municipality,
                "encounter.channel", channel);
    }
}
