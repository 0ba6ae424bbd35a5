package org.ariadne.referrals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ariadne.organisations.Organisation;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.StepRequest;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.ExitOutcome;
import org.ariadne.referrals.workflow.LegalBasis;
import org.ariadne.referrals.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * Asks for what one step needs: the reason (always), the legal basis (the step's own by default)
 * and the details of that step; then takes it. A refused field stays open with its message.
 */
class StepDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Select<LegalBasis> legalBasis = new Select<>();
    final TextField legalReference = new TextField();
    final ComboBox<Organisation> authority = new ComboBox<>();
    final IntegerField days = new IntegerField();
    final Select<EarlyEndReason> earlyEnd = new Select<>();
    final Select<ExitOutcome> outcome = new Select<>();
    final Select<CloseReason> closeReason = new Select<>();
    private final Transition transition;

    StepDialog(NrmService nrm, NrmView view, Transition transition, Consumer<NrmView> done, Runnable reload) {
        this.transition = transition;
        setHeaderTitle(getTranslation(transition.messageKey()));
        setWidth("640px");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        String help = "nrm.step-help." + transition.name();
        if (!getTranslation(help).startsWith("!")) {
            var p = new Paragraph(getTranslation(help, view.nrmCase().facts().child() ? 1 : 0));
            p.addClassName("nrm-step-help");
            add(p);
        }
        details(nrm, form);
        reason.setLabel(getTranslation("nrm.step.reason"));
        reason.setHelperText(getTranslation("nrm.step.reason-help"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setId("nrm-step-reason");
        legalBasis.setLabel(getTranslation("nrm.step.legal-basis"));
        legalBasis.setItems(LegalBasis.values());
        legalBasis.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        legalBasis.setValue(transition.defaultLegalBasis(CommandDetails.NONE));
        legalReference.setLabel(getTranslation("nrm.step.legal-reference"));
        legalReference.setHelperText(getTranslation("nrm.step.legal-reference-help"));
        legalReference.setMaxLength(200);
        form.add(reason, legalBasis, legalReference);
        add(form);
        var confirm = new Button(getTranslation(transition.messageKey()), e -> {
            if (submit(nrm, view, done, reload)) {
                close();
            }
        });
        confirm.addThemeVariants(transition.name().endsWith("NEGATIVE") || transition == Transition.CLOSE
                ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        confirm.setId("nrm-step-confirm");
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    private void details(NrmService nrm, FormLayout form) {
        switch (transition) {
            case REFER_TO_AUTHORITY -> {
                authority.setLabel(getTranslation("nrm.step.authority"));
                authority.setHelperText(getTranslation("nrm.step.authority-help"));
                List<Organisation> deciders = nrm.deciders();
                authority.setItems(deciders);
                authority.setItemLabelGenerator(o -> o.name() + " (" + getTranslation("actor-type." + o.actorType().name())
                        + ")");
                authority.setRequired(true);
                authority.setId("nrm-step-authority");
                form.add(authority);
            }
            case EXTEND_RECOVERY_PERIOD -> {
                days.setLabel(getTranslation("nrm.step.extension-days"));
                days.setMin(1);
                days.setMax(365);
                days.setStepButtonsVisible(true);
                days.setRequired(true);
                form.add(days);
            }
            case END_RECOVERY_PERIOD_EARLY -> form.add(select(earlyEnd, "nrm.step.early-end-reason",
                    Arrays.asList(EarlyEndReason.values()), EarlyEndReason::messageKey));
            case RECORD_OUTCOME -> form.add(select(outcome, "nrm.step.outcome", Arrays.asList(ExitOutcome.values()),
                    ExitOutcome::messageKey));
            case CLOSE -> form.add(select(closeReason, "nrm.step.close-reason", Arrays.stream(CloseReason.values())
                    .filter(r -> r != CloseReason.CONSENT_WITHDRAWN).toList(), CloseReason::messageKey));
            default -> {
            }
        }
    }

    private <T> Select<T> select(Select<T> select, String label, List<T> items,
                                 java.util.function.Function<T, String> key) {
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(item -> getTranslation(key.apply(item)));
        select.setRequiredIndicatorVisible(true);
        return select;
    }

    private boolean submit(NrmService nrm, NrmView view, Consumer<NrmView> done, Runnable reload) {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("nrm.refused.reason-required"));
            reason.setInvalid(true);
            return false;
        }
        CommandDetails details = detailsValue();
        if (details == null) {
            return false;
        }
        var request = new StepRequest(transition, reason.getValue(), legalBasis.getValue(), legalReference.getValue(),
                details, view.version(), authority.getValue() == null ? null : authority.getValue().id());
        Map<String, HasValidation> fields = Map.of("reason", reason, "legalReference", legalReference,
                "authority", authority);
        return NrmActions.run(this, () -> nrm.step(view.code(), request), done, reload, fields);
    }

    /** The step's details, or null (with the field marked) when one is missing. */
    private @Nullable CommandDetails detailsValue() {
        return switch (transition) {
            case EXTEND_RECOVERY_PERIOD -> days.getValue() == null ? missing(days)
                    : new CommandDetails.Extension(days.getValue());
            case END_RECOVERY_PERIOD_EARLY -> earlyEnd.getValue() == null ? missing(earlyEnd)
                    : new CommandDetails.EarlyEnd(earlyEnd.getValue());
            case RECORD_OUTCOME -> outcome.getValue() == null ? missing(outcome) : new CommandDetails.Exit(outcome.getValue());
            case CLOSE -> closeReason.getValue() == null ? missing(closeReason)
                    : new CommandDetails.Closing(closeReason.getValue());
            case REFER_TO_AUTHORITY -> authority.getValue() == null ? missing(authority) : CommandDetails.NONE;
            default -> CommandDetails.NONE;
        };
    }

    private @Nullable CommandDetails missing(HasValidation field) {
        field.setErrorMessage(getTranslation("nrm.step.required"));
        field.setInvalid(true);
        return null;
    }
}
