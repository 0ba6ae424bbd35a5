package org.ariadne.referrals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseStatus;
import org.ariadne.common.Message;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.StepOption;
import org.ariadne.referrals.StepRoles;
import org.ariadne.referrals.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * The referral-mechanism tab of a case: where it stands, its clock, and the steps the reader may
 * take — the ones national policy or the case facts stand in the way of are shown disabled, with
 * the rule that says so.
 */
class NrmPanel extends Div {

    /** The step that usually comes next at each point, shown as the main action. */
    private static final java.util.Set<Transition> PRIMARY = java.util.EnumSet.of(Transition.REFER_TO_AUTHORITY,
            Transition.REASONABLE_GROUNDS_POSITIVE, Transition.CONCLUSIVE_POSITIVE, Transition.APPOINT_GUARDIAN,
            Transition.RECORD_OUTCOME);

    private final NrmScreens screens;
    private final CaseDetails details;

    NrmPanel(NrmScreens screens, CaseDetails details) {
        this.screens = screens;
        this.details = details;
        addClassName("nrm-panel");
        setId("nrm-panel");
        // read again each time the tab is shown: another tab (services, justice) may have taken a step
        addAttachListener(e -> reload());
    }

    void reload() {
        show(screens.nrm().view(details.code()));
    }

    private void show(Optional<NrmView> view) {
        removeAll();
        if (view.isEmpty()) {
            add(new Paragraph(getTranslation(details.status() == CaseStatus.DRAFT ? "nrm.panel.draft"
                    : "nrm.panel.not-started")));
            if (details.status() == CaseStatus.OPEN) {
                var start = new Button(getTranslation("nrm.panel.start"), e -> NrmActions.run(this,
                        () -> screens.nrm().start(details.code()), v -> show(Optional.of(v)), this::reload,
                        java.util.Map.of()));
                start.setId("nrm-start");
                add(start);
            }
            return;
        }
        NrmView v = view.get();
        add(new NrmSummary(v, id -> screens.organisations().find(new OrganisationId(id)).map(Organisation::name)
                .orElse("")));
        if (v.nrmCase().history().getLast().transition() == Transition.UPGRADE_TO_REFERRAL
                && !v.nrmCase().history().isEmpty()) {
            var link = new com.vaadin.flow.component.html.Anchor("cases/" + details.code().value() + "/edit",
                    getTranslation("nrm.panel.record-identity"));
            var prompt = new Paragraph(new Span(getTranslation("nrm.follow-up.COLLECT_IDENTITY") + " "), link);
            prompt.addClassName("nrm-notice");
            add(prompt);
        }
        actions(v);
    }

    private void actions(NrmView v) {
        List<StepOption> options = v.options();
        var consent = new Div();
        consent.addClassName("nrm-actions");
        var steps = new Div();
        steps.addClassName("nrm-actions");
        var decisions = new Div();
        decisions.addClassName("nrm-actions");
        var why = new Div();
        why.addClassName("nrm-why-not");
        for (StepOption option : options) {
            Transition t = option.transition();
            switch (t) {
                case GIVE_CONSENT -> {
                    consent.add(button(t, "nrm.consent.give", option, v, true));
                    consent.add(button(Transition.NOTIFY_ANONYMOUSLY, "nrm.consent.refuse", option, v, false));
                }
                case NOTIFY_ANONYMOUSLY -> {
                    // offered inside the refusal dialog
                }
                case WITHDRAW_CONSENT, UPGRADE_TO_REFERRAL -> consent.add(button(t, t.messageKey(), option, v, false));
                default -> (StepRoles.isDecision(t) ? decisions : steps).add(button(t, t.messageKey(), option, v,
                        PRIMARY.contains(t)));
            }
            if (!option.allowed() && t != Transition.NOTIFY_ANONYMOUSLY) {
                var line = new Paragraph(getTranslation(t.messageKey()) + ": " + NrmFormat.text(this, option.refusal()));
                why.add(line);
            }
        }
        section("nrm.panel.consent-actions", consent);
        section("nrm.panel.decisions", decisions);
        section("nrm.panel.next-steps", steps);
        if (why.getComponentCount() > 0) {
            add(new H3(getTranslation("nrm.panel.why-not")), why);
        }
    }

    private void section(String key, Div buttons) {
        if (buttons.getComponentCount() > 0) {
            add(new H3(getTranslation(key)), buttons);
        }
    }

    private Button button(Transition transition, String label, StepOption option, NrmView view, boolean primary) {
        var button = new Button(getTranslation(label), e -> open(transition, view));
        button.setId(transition == Transition.NOTIFY_ANONYMOUSLY ? "nrm-consent-refuse" : "nrm-step-" + transition.name());
        button.setEnabled(option.allowed());
        if (!option.allowed()) {
            button.setTooltipText(NrmFormat.text(this, option.refusal()));
        }
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (transition.name().endsWith("NEGATIVE") || transition == Transition.WITHDRAW_CONSENT) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void open(Transition transition, NrmView view) {
        var done = (java.util.function.Consumer<NrmView>) after -> show(Optional.of(after));
        String explainer = screens.explainer();
        List<String> languages = details.person().languages();
        switch (transition) {
            case GIVE_CONSENT, UPGRADE_TO_REFERRAL -> new ConsentDialog(screens.consent(), screens.nrm(), view,
                    screens.sharingCandidates(), explainer, languages, done, this::reload).open();
            case NOTIFY_ANONYMOUSLY -> new RefusalDialog(screens.consent(), view, explainer, languages,
                    notifyRefusal(view), done, this::reload).open();
            case WITHDRAW_CONSENT -> new WithdrawDialog(screens.consent(), view, done, this::reload).open();
            default -> new StepDialog(screens.nrm(), view, transition, done, this::reload).open();
        }
    }

    /** Why the refusal dialog cannot also send an anonymous notification, or null when it can. */
    private static @Nullable Message notifyRefusal(NrmView view) {
        Optional<StepOption> option = view.options().stream()
                .filter(o -> o.transition() == Transition.NOTIFY_ANONYMOUSLY).findFirst();
        if (option.isEmpty()) {
            return Message.of("nrm.refused.notify-not-offered");
        }
        return option.get().allowed() ? null : option.get().refusal();
    }
}
