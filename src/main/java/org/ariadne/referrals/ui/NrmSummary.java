package org.ariadne.referrals.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.ariadne.referrals.ConsentRecord;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.deadlines.Countdown;
import org.ariadne.referrals.deadlines.RecoveryPeriod;
import org.ariadne.referrals.workflow.CaseFacts;
import org.ariadne.referrals.workflow.Decision;
import org.ariadne.referrals.workflow.GuardianStatus;
import org.jspecify.annotations.Nullable;

/** Where the case stands: the stage, the legal clock with its countdown, and the facts of each pillar. */
class NrmSummary extends Div {

    NrmSummary(NrmView view, java.util.function.Function<Long, String> organisationName) {
        addClassName("nrm-summary");
        CaseFacts f = view.nrmCase().facts();
        var stage = new Div(NrmFormat.badge(getTranslation(view.nrmCase().stage().messageKey()), "contrast"),
                new Span(getTranslation("nrm.panel.policy-version", view.policyVersion())));
        stage.addClassName("nrm-stage");
        add(stage);
        if (view.countdown() != null && view.clockKind() != null) {
            add(clock(view));
        }
        if (!f.identityHeld()) {
            add(notice("nrm.panel.anonymous"));
        }
        var list = new DescriptionList();
        term(list, "nrm.panel.detected", NrmFormat.date(this, f.detectedOn()));
        term(list, "nrm.panel.consent", consent(view, f, organisationName));
        if (f.child()) {
            term(list, "nrm.panel.guardian", getTranslation("nrm.guardian." + f.guardian().name())
                    + (view.childProtectionName() == null ? "" : " · " + view.childProtectionName()));
            term(list, "nrm.panel.best-interests", f.bestInterestsOn() == null ? getTranslation("nrm.panel.not-yet")
                    : NrmFormat.date(this, f.bestInterestsOn()));
        }
        if (f.referredOn() != null) {
            term(list, "nrm.panel.referred", getTranslation("nrm.panel.referred-to", view.authorityName() == null ? ""
                    : view.authorityName(), NrmFormat.date(this, f.referredOn())));
        }
        term(list, "nrm.panel.reasonable-grounds", decision(f.reasonableGrounds()));
        RecoveryPeriod period = f.recoveryPeriod();
        if (period != null) {
            term(list, "nrm.panel.recovery-period", getTranslation(period.endedEarly() ? "nrm.panel.period-ended-early"
                    : "nrm.panel.period", NrmFormat.date(this, period.start()), NrmFormat.date(this, period.lastDay())));
        }
        term(list, "nrm.panel.conclusive", decision(f.conclusive()));
        if (f.reconsideration() != null) {
            term(list, "nrm.panel.reconsideration", getTranslation("nrm.panel.reconsideration-requested",
                    getTranslation("nrm.decision-kind." + f.reconsideration().kind().name()),
                    NrmFormat.date(this, f.reconsideration().requestedOn())));
        }
        term(list, "nrm.panel.assistance", getTranslation("nrm.assistance." + f.assistance().name()));
        if (f.outcome() != null) {
            term(list, "nrm.panel.outcome", getTranslation(f.outcome().messageKey()));
        }
        if (f.closeReason() != null) {
            term(list, "nrm.panel.closed", getTranslation(f.closeReason().messageKey()));
        }
        add(new H3(getTranslation("nrm.panel.facts")), list);
        if (f.child() && f.guardian() == GuardianStatus.TASK_OPEN) {
            add(notice("nrm.panel.guardian-task"));
        }
    }

    private Div clock(NrmView view) {
        Countdown countdown = view.countdown();
        var title = new Span(getTranslation(view.clockKind().messageKey()));
        title.addClassName("nrm-clock-title");
        var day = new Span(NrmFormat.date(this, countdown.deadline().lastDay()));
        day.addClassName("nrm-clock-day");
        String remaining = countdown.remaining() < 0
                ? getTranslation("nrm.countdown.overdue", -countdown.remaining())
                : getTranslation(view.clockKind().dayCount() == org.ariadne.referrals.deadlines.DayCount.WORKING_DAYS
                        ? "nrm.countdown.working-days" : "nrm.countdown.calendar-days", countdown.remaining());
        var left = new Span(remaining);
        left.addClassName("nrm-clock-remaining");
        var status = new Div(left, NrmFormat.status(this, countdown.status()));
        status.addClassName("nrm-clock-status");
        var card = new Div(title, day, status);
        card.addClassName("nrm-clock");
        card.addClassName("nrm-clock-" + countdown.status().name().toLowerCase(java.util.Locale.ROOT));
        card.setId("nrm-clock");
        return card;
    }

    private String consent(NrmView view, CaseFacts f, java.util.function.Function<Long, String> organisationName) {
        if (f.child()) {
            return getTranslation("nrm.panel.child-no-consent");
        }
        String status = getTranslation("nrm.consent." + f.consent().name());
        if (view.consents().isEmpty()) {
            return status;
        }
        ConsentRecord latest = view.consents().getLast();
        String scopes = latest.scopes().stream().sorted().map(s -> getTranslation(s.messageKey()))
                .collect(Collectors.joining(", "));
        String sharing = latest.sharingWith().stream().map(id -> organisationName.apply(id.value()))
                .collect(Collectors.joining(", "));
        String how = getTranslation(latest.interpreter() ? "nrm.panel.explained-interpreter" : "nrm.panel.explained",
                latest.explainedBy(), java.util.Locale.of(latest.language()).getDisplayLanguage(NrmFormat.locale()));
        return status + (scopes.isEmpty() ? "" : " · " + scopes) + (sharing.isEmpty() ? ""
                : " · " + getTranslation("nrm.panel.sharing-with", sharing)) + " · " + how;
    }

    private String decision(@Nullable Decision decision) {
        if (decision == null) {
            return getTranslation("nrm.panel.not-yet");
        }
        return getTranslation(decision.positive() ? "nrm.panel.positive" : "nrm.panel.negative",
                NrmFormat.date(this, decision.on())) + (decision.reconsidered() ? " · "
                + getTranslation("nrm.panel.reconsidered") : "");
    }

    private Paragraph notice(String key) {
        var p = new Paragraph(getTranslation(key));
        p.addClassName("nrm-notice");
        return p;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

}
