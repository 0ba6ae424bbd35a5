package org.ariadne.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.ariadne.statistics.Indicator;
import org.ariadne.statistics.IndicatorLine;
import org.ariadne.statistics.JurFact;

/** One indicator of the answer set: its figures, the jurisdiction's facts, the method and the co-ordinator's note. */
final class IndicatorPanel extends Details {

    IndicatorPanel(Indicator indicator, boolean editable, BiConsumer<String, String> saveNote) {
        setId("indicator-" + indicator.code());
        var code = new Span(indicator.code());
        code.addClassName("stat-code");
        var kind = new Span(getTranslation("statistics.kind." + indicator.kind().name()));
        kind.getElement().getThemeList().add("badge contrast");
        var title = new Span(getTranslation("statistics.indicator." + indicator.code()));
        var summary = new Div(code, title, kind);
        if (!indicator.lines().isEmpty()) {
            summary.add(headline(indicator));
        }
        summary.addClassName("stat-indicator-summary");
        setSummary(summary);
        var method = new Paragraph(getTranslation(indicator.methodKey()));
        method.addClassName("stat-method");
        add(method);
        if (!indicator.jurisdiction().isEmpty()) {
            var facts = new UnorderedList();
            facts.addClassName("stat-jur");
            for (JurFact fact : indicator.jurisdiction()) {
                String actors = String.join(", ", fact.actorTypes().stream()
                        .map(a -> getTranslation("actor-type." + a)).toList());
                facts.add(new ListItem(getTranslation(fact.key(), actors)));
            }
            add(new Span(getTranslation("statistics.jur.title")), facts);
        }
        add(lines(indicator));
        var note = new TextArea(getTranslation("statistics.annotation"));
        note.setId("note-" + indicator.code());
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setValue(indicator.annotation() == null ? "" : indicator.annotation());
        note.setReadOnly(!editable);
        add(note);
        if (editable) {
            var save = new Button(getTranslation("statistics.annotation.save"), e -> saveNote.accept(indicator.code(),
                    note.getValue()));
            save.setId("save-note-" + indicator.code());
            add(save);
        }
    }

    /** The indicator's first figure, in its row: read without opening every panel. */
    private Span headline(Indicator indicator) {
        IndicatorLine first = indicator.lines().getFirst();
        var headline = new Span(item(this, first) + ": " + value(this, first));
        headline.setId("headline-" + indicator.code());
        headline.addClassName("stat-headline");
        return headline;
    }

    private Grid<IndicatorLine> lines(Indicator indicator) {
        var grid = new Grid<IndicatorLine>();
        grid.addColumn(l -> item(this, l)).setHeader(getTranslation("statistics.indicator.item")).setFlexGrow(4);
        grid.addColumn(this::value).setHeader(getTranslation("statistics.indicator.value"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(l -> Labels.count(this, l.numerator())).setHeader(getTranslation("statistics.indicator.numerator"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(l -> l.denominator() == null ? "" : Labels.count(this, l.denominator()))
                .setHeader(getTranslation("statistics.indicator.denominator")).setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(l -> l.suppressed() ? getTranslation("statistics.indicator.suppressed") : "")
                .setHeader(getTranslation("statistics.indicator.flags")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(indicator.lines());
        return grid;
    }

    /** The line's label; a rating or compensation line names its service or source. */
    static String item(com.vaadin.flow.component.Component ui, IndicatorLine l) {
        String argument = l.argumentKey();
        return argument == null ? ui.getTranslation(l.itemKey()) : ui.getTranslation(l.itemKey(), ui.getTranslation(argument));
    }

    static String value(com.vaadin.flow.component.Component ui, IndicatorLine l) {
        if (l.value() == null) {
            return l.suppressed() ? ui.getTranslation("statistics.suppressed-mark") : "–";
        }
        return switch (l.unit()) {
            case PERCENT -> String.format("%.1f %%", l.value());
            case DAYS -> ui.getTranslation("statistics.unit.days", l.value().intValue());
            case RATING -> String.format("%.1f / 5", l.value());
            case COUNT -> String.format("%,d", l.value().longValue());
        };
    }

    private String value(IndicatorLine l) {
        return value(this, l);
    }

}
