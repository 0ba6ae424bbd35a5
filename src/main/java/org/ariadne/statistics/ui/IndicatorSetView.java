package org.ariadne.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
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
import org.ariadne.statistics.ExportFormat;
import org.ariadne.statistics.Indicator;
import org.ariadne.statistics.IndicatorSet;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsService;

/**
 * The national answer set of the OSCE survey for a period: every CASE indicator with its figures,
 * the JUR facts from the national policy, the co-ordinator's notes and the review status; exports.
 */
@Route("statistics/indicators")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.DPO})
class IndicatorSetView extends VerticalLayout implements HasDynamicTitle {

    private final StatisticsService statistics;
    private final boolean coordinator;
    private final PeriodPicker period;
    private final Span status = new Span();
    private final Paragraph note = new Paragraph();
    private final Div actions = new Div();
    private final Div panels = new Div();
    private IndicatorSet current;

    IndicatorSetView(StatisticsService statistics, AuthenticationContext authentication) {
        this.statistics = statistics;
        this.coordinator = authentication.hasRole(Role.Names.COORDINATOR);
        addClassName("stat-view");
        List<Integer> years = statistics.years().isEmpty() ? List.of(LocalDate.now().getYear()) : statistics.years();
        int year = years.size() > 1 && years.getLast() == LocalDate.now().getYear() ? years.getLast() - 1 : years.getLast();
        period = new PeriodPicker(getTranslation("statistics.period"), years, year);
        period.setId("period");
        var show = new Button(getTranslation("statistics.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setId("show");
        status.setId("review-status");
        var filters = new FlexLayout(period, show, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("stat-filters");
        note.addClassName("stat-note");
        note.setId("disclosure-note");
        actions.addClassName("stat-actions");
        panels.setWidthFull();
        add(new StatisticsNav(), new Paragraph(getTranslation("statistics.indicators.help")), filters, note, actions,
                panels);
        refresh();
    }

    private void refresh() {
        try {
            show(statistics.indicators(period.required()));
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
    }

    private void show(IndicatorSet set) {
        current = set;
        Period p = set.query().period();
        status.setText(getTranslation("statistics.review." + set.status().name()) + (set.reviewedBy() == null ? ""
                : " · " + getTranslation("statistics.review.by", set.reviewedBy())));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(set.status() == IndicatorSet.ReviewStatus.REVIEWED ? "badge success" : "badge");
        note.setText(Labels.note(this, set.note()) + " " + getTranslation("statistics.indicators.policy", set.policyVersion()));
        actions.removeAll();
        for (ExportFormat format : ExportFormat.values()) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] file = statistics.exportIndicators(p, format, getLocale());
                return new DownloadResponse(new ByteArrayInputStream(file),
                        "osce-answer-set-" + p.label() + "." + format.extension(), format.mediaType(), file.length);
            }), getTranslation("statistics.export." + format.name()));
            link.setId("export-" + format.name());
            link.getElement().setAttribute("download", true);
            link.addClassName("stat-download");
            actions.add(link);
        }
        var report = new RouterLink(getTranslation("statistics.report"), StatisticsReportView.class);
        report.setQueryParameters(QueryParameters.of("period", p.from() + ".." + p.to()));
        report.setId("report-link");
        actions.add(report);
        if (coordinator) {
            boolean reviewed = set.status() == IndicatorSet.ReviewStatus.REVIEWED;
            var toggle = new Button(getTranslation(reviewed ? "statistics.review.reopen" : "statistics.review.mark"),
                    e -> change(() -> statistics.setReviewed(p, !reviewed, current.version())));
            toggle.setId("review");
            actions.add(toggle);
        }
        panels.removeAll();
        boolean editable = coordinator && set.status() == IndicatorSet.ReviewStatus.DRAFT;
        for (Indicator indicator : set.indicators()) {
            panels.add(new IndicatorPanel(indicator, editable,
                    (code, text) -> change(() -> statistics.annotate(p, code, text, current.version()))));
        }
    }

    private void change(Runnable action) {
        try {
            action.run();
            Feedback.saved(this);
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics.indicators") + " · " + getTranslation("app.name");
    }
}
