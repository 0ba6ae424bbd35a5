package org.ariadne.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.cases.AssessmentRecord;
import org.ariadne.indicators.Indicator;
import org.ariadne.indicators.IndicatorService;

/** The case's indicator assessments, newest first, each with what was ticked. */
class AssessmentHistory extends Div {

    AssessmentHistory(List<AssessmentRecord> records, IndicatorService indicators) {
        addClassName("assessment-history");
        if (records.isEmpty()) {
            add(new Paragraph(getTranslation("indicators.assessments.none")));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (AssessmentRecord r : records) {
            var outcome = new Span(getTranslation("indicators.outcome." + r.outcome().name()));
            outcome.getElement().getThemeList().add(r.outcome().name().equals("PRESUMED_VICTIM") ? "badge success" : "badge");
            var title = new H4(outcome, new Span(" " + when.format(r.assessedAt().atZone(ZoneId.systemDefault()))));
            var meta = new Paragraph(getTranslation("indicators.assessments.who") + ": " + r.assessedBy() + " · "
                    + getTranslation("indicators.assessments.catalogue") + ": " + r.catalogueCode() + " · "
                    + getTranslation("indicators.assessments.dimensions") + ": "
                    + r.dimensionsPresent().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
            meta.addClassName("assessment-meta");
            Map<String, Indicator> byCode = indicators.catalogue(r.catalogueCode()).byCode();
            var ticked = new UnorderedList();
            r.ticked().forEach(code -> ticked.add(new ListItem(code + " — " + (byCode.containsKey(code)
                    ? byCode.get(code).labels().in(getLocale()) : ""))));
            var entry = new Div(title, meta, ticked);
            entry.addClassName("assessment-entry");
            add(entry);
        }
    }
}
