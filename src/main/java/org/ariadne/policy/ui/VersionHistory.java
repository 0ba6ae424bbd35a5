package org.ariadne.policy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyService;

/** Every version adopted, newest first, with what it is today: in force, scheduled or superseded. */
class VersionHistory extends Grid<PolicyService.Version> {

    VersionHistory() {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        addColumn(v -> v.profile().version()).setHeader(getTranslation("policy.version")).setAutoWidth(true);
        addColumn(v -> day.format(v.profile().effectiveFrom())).setHeader(getTranslation("policy.effective-from"))
                .setAutoWidth(true);
        addComponentColumn(this::status).setHeader(getTranslation("policy.status")).setAutoWidth(true);
        addColumn(this::change).setHeader(getTranslation("policy.change")).setAutoWidth(true).setFlexGrow(1);
        addColumn(PolicyService.Version::createdBy).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        addColumn(v -> moment.format(v.createdAt())).setHeader(getTranslation("policy.created-at")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setId("policy-versions");
    }

    void show(List<PolicyService.Version> versions) {
        setItems(versions);
    }

    private Span status(PolicyService.Version v) {
        var badge = new Span(getTranslation("policy.status." + v.status().name()));
        badge.getElement().getThemeList().add(switch (v.status()) {
            case IN_FORCE -> "badge success";
            case SCHEDULED -> "badge";
            case SUPERSEDED, REPLACED -> "badge contrast";
        });
        return badge;
    }

    private String change(PolicyService.Version v) {
        return switch (v.basedOn()) {
            case "EDIT" -> getTranslation("policy.change.EDIT");
            case "CLOCKS" -> getTranslation("policy.change.CLOCKS");
            case "HOLIDAYS" -> getTranslation("policy.change.HOLIDAYS");
            default -> getTranslation("policy.change.PRESET", getTranslation(PolicyPreset.valueOf(v.basedOn()).messageKey()));
        };
    }
}
