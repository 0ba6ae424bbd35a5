package org.ariadne.cases.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.indicators.AssessmentResult;
import org.ariadne.indicators.Catalogue;
import org.ariadne.indicators.Dimension;
import org.ariadne.indicators.DimensionResult;
import org.ariadne.indicators.Explanation;
import org.ariadne.indicators.IloIndicator;
import org.ariadne.indicators.Indicator;
import org.ariadne.indicators.IndicatorService;

/**
 * The indicator checklist grouped by dimension, strengths visible, beside a live assessment that
 * explains itself as indicators are ticked. It evaluates only; nothing is stored until the case is saved.
 */
class IndicatorChecklist extends Div {

    private final IndicatorService indicators;
    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final Div checklist = new Div();
    private final Div panel = new Div();
    private final Map<String, List<String>> iloByItem = new LinkedHashMap<>();
    private Catalogue catalogue;
    private boolean child;

    IndicatorChecklist(IndicatorService indicators) {
        this.indicators = indicators;
        // Labour inspectors think in the ILO's 11 forced-labour indicators: show which each item evidences.
        for (IloIndicator ilo : indicators.iloIndicators()) {
            ilo.evidencedBy().forEach(code -> iloByItem.computeIfAbsent(code, k -> new ArrayList<>())
                    .add(ilo.labels().in(getLocale())));
        }
        addClassName("indicator-step");
        checklist.addClassName("indicator-checklist");
        panel.addClassName("assessment-panel");
        add(checklist, panel);
    }

    /** Shows a catalogue; ticks carry over only where the codes exist in it. */
    void show(Catalogue newCatalogue, boolean isChild) {
        List<String> kept = ticked();
        this.catalogue = newCatalogue;
        this.child = isChild;
        boxes.clear();
        checklist.removeAll();
        var title = new Paragraph(getTranslation("indicators.catalogue", newCatalogue.title()));
        title.addClassName("catalogue-title");
        checklist.add(title);
        for (Dimension d : Dimension.values()) {
            var items = new Div();
            items.addClassName("dimension-items");
            newCatalogue.indicators().stream().filter(i -> i.dimension() == d).forEach(i -> items.add(box(i, kept)));
            var details = new Details(getTranslation("indicators.dimension." + d.name()), items);
            details.setOpened(true);
            details.addClassName("dimension");
            details.setId("dimension-" + d.name());
            checklist.add(details);
        }
        refresh();
    }

    private Checkbox box(Indicator indicator, List<String> kept) {
        var box = new Checkbox();
        var label = new Span(indicator.labels().in(getLocale()));
        var strength = new Span(getTranslation("indicators.strength." + indicator.strength().name()));
        strength.getElement().getThemeList().add(switch (indicator.strength()) {
            case S -> "badge error small";
            case M -> "badge small";
            case W -> "badge contrast small";
        });
        var labelComponent = new Span(label, strength);
        for (String ilo : iloByItem.getOrDefault(indicator.code(), List.of())) {
            var tag = new Span(getTranslation("indicators.ilo-tag", ilo));
            tag.getElement().getThemeList().addAll(java.util.List.of("badge", "contrast", "small", "pill"));
            labelComponent.add(tag);
        }
        box.setLabelComponent(labelComponent);
        if (indicator.unverified()) {
            box.setTooltipText(getTranslation("indicators.unverified-help"));
        }
        box.setValue(kept.contains(indicator.code()));
        box.setId("indicator-" + indicator.code());
        box.addValueChangeListener(e -> refresh());
        boxes.put(indicator.code(), box);
        return box;
    }

    private String worded(String argument, Map<String, Indicator> byCode) {
        List<String> parts = List.of(argument.split(", "));
        if (parts.stream().noneMatch(byCode::containsKey)) {
            return argument;
        }
        return String.join("; ", parts.stream().map(code -> byCode.containsKey(code)
                ? getTranslation("indicators.quoted", byCode.get(code).labels().in(getLocale())) : code).toList());
    }

    List<String> ticked() {
        List<String> codes = new ArrayList<>();
        boxes.forEach((code, box) -> {
            if (box.getValue()) {
                codes.add(code);
            }
        });
        return codes;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    private void refresh() {
        panel.removeAll();
        if (catalogue == null) {
            return;
        }
        AssessmentResult result = indicators.evaluate(catalogue.code(), child
                ? org.ariadne.indicators.AgeGroup.CHILD : org.ariadne.indicators.AgeGroup.ADULT, ticked());
        panel.add(new H3(getTranslation("indicators.panel.title")));
        var outcome = new Div(getTranslation("indicators.outcome." + result.outcome().name()));
        outcome.addClassNames("outcome", "outcome-" + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        outcome.setId("assessment-outcome");
        panel.add(outcome);
        var dims = new Div();
        dims.addClassName("dimension-chips");
        for (DimensionResult d : result.dimensions()) {
            var chip = new Span(d.dimension().name());
            chip.getElement().getThemeList().add(d.present() ? "badge success" : "badge contrast");
            chip.setTitle(getTranslation(d.present() ? "indicators.panel.present" : "indicators.panel.absent"));
            dims.add(chip);
        }
        panel.add(dims);
        var byCode = catalogue.byCode();
        for (Explanation line : result.explanation()) {
            // The domain names indicators by code; the person reading needs their wording.
            Object[] args = line.arguments().stream().map(arg -> worded(arg, byCode)).toArray();
            var p = new Paragraph(getTranslation(line.key(), args));
            p.addClassName("explanation");
            panel.add(p);
        }
    }
}
