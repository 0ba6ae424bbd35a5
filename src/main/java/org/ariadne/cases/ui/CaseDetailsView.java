package org.ariadne.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import org.ariadne.base.ui.LazyContent;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseSection;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseStatus;
import org.ariadne.indicators.IndicatorService;
import org.ariadne.security.Role;

/** One case: a summary header and a tab per section. Opening it is an audited read. */
@Route("cases/:code")
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.DECISION_MAKER, Role.Names.CHILD_PROTECTION})
class CaseDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final IndicatorService indicators;
    private final List<CaseSection> sections;
    private String code = "";

    CaseDetailsView(CaseService cases, IndicatorService indicators, List<CaseSection> sections) {
        this.cases = cases;
        this.indicators = indicators;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
        addClassName("case-details");
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CaseDetails details = cases.get(CaseCodes.parse(event.getRouteParameters().get("code").orElse("")));
        code = details.code().value();
        add(header(details));
        var tabs = new TabSheet();
        tabs.add(getTranslation("cases.step.person"), new CaseFacts().person(details.person()));
        tabs.add(getTranslation("cases.step.encounter"), new CaseFacts().encounter(details.encounter()));
        tabs.add(getTranslation("cases.step.exploitation"), new CaseFacts().exploitation(details.exploitation()));
        // This tab and the other features' are built when first selected (LazyContent): opening a case
        // reads and audits only what is shown.
        tabs.add(getTranslation("indicators.assessments"),
                new LazyContent(() -> new AssessmentHistory(cases.assessments(details.code()), indicators)));
        for (CaseSection section : sections) {
            section.create(details).ifPresent(content -> tabs.add(getTranslation(section.titleKey()), content));
        }
        tabs.setWidthFull();
        add(tabs);
    }

    private Div header(CaseDetails d) {
        var title = new H2(d.code().value());
        title.addClassName("case-code");
        var badges = new HorizontalLayout(badge(getTranslation("cases.status." + d.status().name()),
                d.status() == CaseStatus.OPEN ? "badge" : "badge contrast"));
        badges.add(d.child() ? badge(getTranslation("cases.age.child"), "badge warning")
                : badge(getTranslation("cases.age.adult"), "badge contrast"));
        if (d.synthetic()) {
            badges.add(badge(getTranslation("cases.details.synthetic"), "badge contrast"));
        }
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(d.createdAt().atZone(ZoneId.systemDefault()));
        var meta = new Span(getTranslation("cases.details.recorded-by", d.organisationName(),
                getTranslation("actor-type." + d.identifyingActorType().name()), when));
        meta.addClassName("case-meta");
        var header = new Div(title, badges);
        header.addClassName("case-header");
        if (cases.mayEdit(d.code())) {
            var edit = new Button(getTranslation("cases.details.edit"), new Icon(VaadinIcon.EDIT),
                    e -> getUI().ifPresent(ui -> ui.navigate(CaseEditorView.class, new RouteParameters("code", code))));
            edit.setId("edit-case");
            header.add(edit);
        }
        header.add(meta);
        return header;
    }

    private static Span badge(String text, String theme) {
        var span = new Span(text);
        span.getElement().getThemeList().add(theme);
        return span;
    }

    @Override
    public String getPageTitle() {
        return code + " · " + getTranslation("app.name");
    }
}
