package org.ariadne.justice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.justice.Offence;

/** The offences the person was charged with: a row each, added and removed freely until saved. */
class OffencesEditor extends VerticalLayout {

    static final int MAX = 20;

    record Row(HorizontalLayout layout, TextField description, Checkbox linked) {
    }

    final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    final Button add;

    OffencesEditor(List<Offence> offences) {
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        add = new Button(getTranslation("justice.offence.add"), new Icon(VaadinIcon.PLUS), e -> addRow(new Offence("", true)));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("justice-add-offence");
        offences.forEach(this::addRow);
        add(list, add);
    }

    void addRow(Offence offence) {
        var description = new TextField(getTranslation("justice.offence.description"));
        description.setMaxLength(500);
        description.setRequired(true);
        description.setValue(offence.description());
        description.setWidth("28em");
        description.addClassName("justice-offence-description");
        var linked = new Checkbox(getTranslation("justice.offence.linked"), offence.linked());
        var remove = new Button(new Icon(VaadinIcon.TRASH));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("justice.offence.remove"));
        var layout = new HorizontalLayout(description, linked, remove);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, description, linked);
        remove.addClickListener(e -> {
            rows.remove(row);
            list.remove(layout);
            add.setEnabled(true);
        });
        rows.add(row);
        list.add(layout);
        add.setEnabled(rows.size() < MAX);
    }

    List<Offence> value() {
        return rows.stream().map(r -> new Offence(r.description().getValue(), r.linked().getValue())).toList();
    }

    void clearErrors() {
        rows.forEach(r -> r.description().setInvalid(false));
    }

    boolean show(String field, String message) {
        for (int i = 0; i < rows.size(); i++) {
            if (field.equals("offences[" + i + "].description")) {
                rows.get(i).description().setErrorMessage(message);
                rows.get(i).description().setInvalid(true);
                return true;
            }
        }
        return false;
    }
}
