package org.ariadne.justice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ariadne.justice.CompensationClaim;
import org.ariadne.justice.JusticeRecord;
import org.ariadne.justice.JusticeService;
import org.ariadne.justice.Offence;

/** The record as it stands, with the action to change it for those who may. */
class JusticePanel extends VerticalLayout {

    private final JusticeService justice;

    JusticePanel(JusticeService justice, JusticeRecord record) {
        this.justice = justice;
        addClassName("justice-panel");
        setPadding(false);
        show(record);
    }

    private void show(JusticeRecord record) {
        removeAll();
        var note = new Paragraph(getTranslation("justice.section.support-unconditional"));
        note.addClassName("justice-support-note");
        add(note);
        if (record.editable()) {
            var edit = new Button(getTranslation("justice.edit"), new Icon(VaadinIcon.EDIT),
                    e -> new JusticeDialog(justice, record, this::show).open());
            edit.setId("edit-justice");
            add(edit);
        }
        if (record.updatedAt() == null) {
            add(new Paragraph(getTranslation("justice.nothing-recorded")));
        } else {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(record.updatedAt().atZone(ZoneId.systemDefault()));
            var last = new Span(getTranslation("justice.last-change", when, record.updatedBy()));
            last.addClassName("justice-last-change");
            add(last);
        }
        add(facts(record), offences(record), compensation(record));
    }

    private Component facts(JusticeRecord r) {
        var facts = new Div(fact("justice.cooperation", getTranslation("justice.cooperation." + r.cooperation().name())),
                fact("justice.witness", getTranslation(r.witness().messageKey())),
                fact("justice.non-punishment", getTranslation(r.nonPunishment().messageKey())));
        facts.addClassName("justice-facts");
        facts.setId("justice-facts");
        return facts;
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private Component offences(JusticeRecord r) {
        var section = new Div(new H4(getTranslation("justice.offences")));
        if (r.offences().isEmpty()) {
            section.add(new Paragraph(getTranslation("justice.offences.none")));
            return section;
        }
        var list = new UnorderedList();
        for (Offence offence : r.offences()) {
            list.add(new ListItem(offence.description() + " — "
                    + getTranslation(offence.linked() ? "justice.offence.linked-yes" : "justice.offence.linked-no")));
        }
        list.setId("justice-offences");
        section.add(list);
        return section;
    }

    private Component compensation(JusticeRecord r) {
        var section = new Div(new H4(getTranslation("justice.compensation")));
        var list = new UnorderedList();
        for (CompensationClaim claim : r.compensation()) {
            if (!claim.recordsNothing()) {
                list.add(new ListItem(getTranslation(claim.source().messageKey()) + ": " + stages(claim)));
            }
        }
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("justice.compensation.none")));
        } else {
            list.setId("justice-compensation");
            section.add(list);
        }
        return section;
    }

    private String stages(CompensationClaim claim) {
        var parts = new java.util.ArrayList<String>();
        if (claim.claimed()) {
            parts.add(getTranslation("justice.compensation.claimed"));
        }
        if (claim.awarded()) {
            parts.add(getTranslation("justice.compensation.awarded"));
        }
        if (claim.paid()) {
            parts.add(getTranslation("justice.compensation.paid"));
        }
        String text = String.join(", ", parts);
        if (claim.amount() != null) {
            NumberFormat format = NumberFormat.getNumberInstance(getLocale());
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            text += " (" + format.format(claim.amount()) + " " + claim.currency() + ")";
        }
        return text;
    }
}
