package org.ariadne.referrals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.referrals.DecisionNotices;
import org.ariadne.referrals.workflow.TransitionRecord;
import org.ariadne.security.Role;

/**
 * A printable notice of one formal decision, in the interface language: the decision, its day,
 * who took it for which organisation under which policy version, its reasons and legal basis.
 * It names the case by its code only; the printed copy is handed over in person.
 */
@Route("cases/:code/notice/:step")
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.DECISION_MAKER, Role.Names.CHILD_PROTECTION})
class DecisionNoticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DecisionNotices notices;
    private String title = "";

    DecisionNoticeView(DecisionNotices notices) {
        this.notices = notices;
        addClassName("decision-notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        int step = event.getRouteParameters().getInteger("step").orElse(-1);
        if (!CaseCode.isValid(code)) {
            throw new CaseNotAvailableException();
        }
        DecisionNotices.Notice notice = notices.notice(new CaseCode(code), step);
        TransitionRecord d = notice.decision();
        title = getTranslation("nrm.notice.title");
        var print = new Button(getTranslation("nrm.notice.print"), new Icon(VaadinIcon.PRINT),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("notice-print");
        var list = new DescriptionList();
        term(list, "nrm.notice.case", code);
        term(list, "nrm.notice.decision", getTranslation(d.transition().messageKey()));
        term(list, "nrm.notice.date", NrmFormat.dateTime(this, d.at()));
        term(list, "nrm.notice.decided-by", getTranslation("nrm.timeline.who-as", d.by().username(),
                notice.decidingOrganisation(), getTranslation("actor-type." + d.by().actorType().name())));
        term(list, "nrm.notice.legal-basis", getTranslation(d.legalBasis().messageKey())
                + (d.legalReference().isBlank() ? "" : " — " + d.legalReference()));
        term(list, "nrm.notice.policy", getTranslation("nrm.policy.version", d.policyVersion()));
        add(print, new H2(title), list, new Paragraph(getTranslation("nrm.notice.reasons")),
                reasons(NrmFormat.reason(this, d.reason())), new Paragraph(getTranslation(
                        "nrm.notice.rights." + d.transition().name())));
    }

    private Div reasons(String text) {
        var div = new Div();
        div.setText(text);
        div.addClassName("decision-notice-reasons");
        return div;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
