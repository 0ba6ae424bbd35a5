package org.ariadne.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.security.Role;
import org.ariadne.statistics.HtcdsExport;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsService;

/**
 * The case-level anonymised export (HTCDS) with its suppression report, and, for administrators of
 * statistics, the disclosure-control settings.
 */
@Route("statistics/exports")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.DPO})
class StatisticsExportsView extends VerticalLayout implements HasDynamicTitle {

    private final StatisticsService statistics;
    private final PeriodPicker period;
    private final Paragraph report = new Paragraph();
    private final boolean mayExport;

    StatisticsExportsView(StatisticsService statistics, AuthenticationContext authentication) {
        this.statistics = statistics;
        addClassName("stat-view");
        this.mayExport = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        List<Integer> years = statistics.years().isEmpty() ? List.of(LocalDate.now().getYear()) : statistics.years();
        period = new PeriodPicker(getTranslation("statistics.period"), years, years.getLast());
        period.setId("period");
        report.setId("htcds-report");
        add(new StatisticsNav(), new H3(getTranslation("statistics.htcds.title")),
                new Paragraph(getTranslation("statistics.htcds.help", statistics.settings().exportK())));
        if (mayExport) {
            var check = new Button(getTranslation("statistics.htcds.check"), e -> check());
            check.setId("htcds-check");
            var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] file = statistics.htcdsCsv(period.required());
                return new DownloadResponse(new ByteArrayInputStream(file), "htcds-" + period.required().label() + ".csv",
                        "text/csv", file.length);
            }), getTranslation("statistics.htcds.download"));
            download.setId("htcds-download");
            download.getElement().setAttribute("download", true);
            download.addClassName("stat-download");
            var row = new FlexLayout(period, check, download);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("stat-filters");
            add(row, report);
        } else {
            add(new Paragraph(getTranslation("statistics.htcds.not-for-role")));
        }
        add(new SettingsForm(statistics, authentication.hasRole(Role.Names.ADMIN)));
    }

    private void check() {
        try {
            HtcdsExport export = statistics.htcds(period.required());
            report.setText(getTranslation("statistics.htcds.report", export.eligible(), export.exported(),
                    export.suppressed(), export.combinationsSuppressed(), export.k()) + " " + (export.generalised().isEmpty()
                    ? getTranslation("statistics.htcds.not-generalised")
                    : getTranslation("statistics.htcds.generalised", String.join(", ", export.generalised()))));
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics.exports") + " · " + getTranslation("app.name");
    }

    /** The disclosure-control settings; editable by administrators of statistics only. */
    static final class SettingsForm extends VerticalLayout {

        SettingsForm(StatisticsService statistics, boolean editable) {
            setPadding(false);
            var s = statistics.settings();
            var k = field("statistics.settings.k", s.k(), "settings-k");
            var base = field("statistics.settings.rounding", s.roundingBase(), "settings-rounding");
            var exportK = field("statistics.settings.export-k", s.exportK(), "settings-export-k");
            var row = new FlexLayout(k, base, exportK);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("stat-filters");
            add(new H3(getTranslation("statistics.settings.title")), row);
            if (editable) {
                var save = new Button(getTranslation("statistics.settings.save"), e -> {
                    try {
                        statistics.changeSettings(value(k), value(base), value(exportK), s.version());
                        Feedback.saved(this);
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    } catch (TranslatableException ex) {
                        Feedback.refused(this, ex, Map.of("k", k, "roundingBase", base));
                    }
                });
                save.setId("settings-save");
                row.add(save);
            } else {
                k.setReadOnly(true);
                base.setReadOnly(true);
                exportK.setReadOnly(true);
            }
        }

        private IntegerField field(String key, int value, String id) {
            var f = new IntegerField(getTranslation(key));
            f.setValue(value);
            f.setId(id);
            f.setStepButtonsVisible(true);
            return f;
        }

        private static int value(IntegerField f) {
            return f.getValue() == null ? -1 : f.getValue();
        }
    }
}
