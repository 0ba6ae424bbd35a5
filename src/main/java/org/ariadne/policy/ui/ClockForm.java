package org.ariadne.policy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.common.ui.Feedback;
import org.ariadne.policy.ClockDraft;
import org.ariadne.policy.ClockSettings;
import org.ariadne.policy.PolicyService;

/**
 * The legal clocks. Limits come from {@link ClockSettings}, so the form refuses what the service
 * would; a recovery period below the Convention minimum is allowed, with a warning beside it.
 */
class ClockForm extends VerticalLayout {

    private final IntegerField recovery = number(ClockSettings.RECOVERY_PERIOD, "recovery");
    private final IntegerField reasonableGrounds = number(ClockSettings.REASONABLE_GROUNDS, "reasonable-grounds");
    private final IntegerField reconsideration = number(ClockSettings.RECONSIDERATION_WINDOW, "reconsideration");
    private final IntegerField ageOfMajority = number(ClockSettings.AGE_OF_MAJORITY, "age-of-majority");
    private final IntegerField atRisk = number(ClockSettings.AT_RISK, "at-risk");
    private final Checkbox conclusiveEarly = new Checkbox(getTranslation("policy.clocks.conclusive-early"));
    private final CheckboxGroup<DayOfWeek> weekend = new CheckboxGroup<>(getTranslation("policy.clocks.weekend"));
    private final Span recoveryHelp = new Span();
    private final Map<IntegerField, ClockSettings.Limit> limits = new LinkedHashMap<>();
    private ClockSettings shown = ClockSettings.DEFAULTS;

    ClockForm(PolicyService policy, PolicyChanges changes) {
        limits.putAll(Map.of(recovery, ClockSettings.RECOVERY_PERIOD, reasonableGrounds, ClockSettings.REASONABLE_GROUNDS,
                reconsideration, ClockSettings.RECONSIDERATION_WINDOW, ageOfMajority, ClockSettings.AGE_OF_MAJORITY,
                atRisk, ClockSettings.AT_RISK));
        limits.forEach((field, limit) -> field.addValueChangeListener(e -> validate(field)));
        recovery.setHelperComponent(recoveryHelp);
        recovery.addValueChangeListener(e -> showConventionWarning());
        conclusiveEarly.setId("clock-conclusiveBeforeRecoveryEnds");
        conclusiveEarly.setTooltipText(getTranslation("policy.clocks.conclusive-early-help"));
        weekend.setId("clock-weekend");
        weekend.setItems(List.of(DayOfWeek.values()));
        weekend.setItemLabelGenerator(day -> Days.name(day, getLocale()));
        weekend.setHelperText(getTranslation("policy.clocks.weekend-help"));
        weekend.setManualValidation(true);
        weekend.addValueChangeListener(e -> validateWeekend());
        var form = new FormLayout(recovery, reasonableGrounds, reconsideration, atRisk, ageOfMajority, conclusiveEarly,
                weekend);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(weekend, 2);
        var save = new Button(getTranslation("policy.clocks.save"), e -> save(policy, changes));
        save.setId("save-clocks");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button(getTranslation("policy.discard"), e -> show(shown));
        reset.setId("discard-clocks");
        add(form, new HorizontalLayout(save, reset));
        setPadding(false);
    }

    void show(ClockSettings clocks) {
        shown = clocks;
        recovery.setValue(clocks.recoveryPeriodDays());
        reasonableGrounds.setValue(clocks.reasonableGroundsWorkingDays());
        reconsideration.setValue(clocks.reconsiderationWindowDays());
        ageOfMajority.setValue(clocks.ageOfMajority());
        atRisk.setValue(clocks.atRiskDays());
        conclusiveEarly.setValue(clocks.conclusiveBeforeRecoveryEnds());
        weekend.setValue(clocks.weekend());
        limits.keySet().forEach(f -> f.setInvalid(false));
        weekend.setInvalid(false);
        showConventionWarning();
    }

    ClockDraft draft() {
        return new ClockDraft(recovery.getValue(), reasonableGrounds.getValue(), reconsideration.getValue(),
                ageOfMajority.getValue(), conclusiveEarly.getValue(), atRisk.getValue(),
                weekend.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend.getValue()));
    }

    private void save(PolicyService policy, PolicyChanges changes) {
        boolean valid = validateWeekend();
        for (IntegerField field : limits.keySet()) {
            valid &= validate(field);
        }
        if (!valid) {
            return;
        }
        ClockDraft draft = draft();
        if (draft.equals(ClockDraft.of(shown))) {
            Feedback.warning(this, "policy.nothing-changed");
            return;
        }
        // A period below the Convention minimum is saved; the warning stays beside the field and above the tabs.
        changes.run((from, latest) -> policy.changeClocks(draft, from, latest), fields());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        limits.forEach((field, limit) -> fields.put(limit.field(), field));
        fields.put("weekend", weekend);
        return fields;
    }

    private boolean validate(IntegerField field) {
        ClockSettings.Limit limit = limits.get(field);
        boolean ok = field.getValue() != null && limit.accepts(field.getValue());
        field.setErrorMessage(ok ? null : getTranslation("nrm.policy.invalid.range", limit.min(), limit.max()));
        field.setInvalid(!ok);
        return ok;
    }

    private boolean validateWeekend() {
        boolean ok = weekend.getValue().size() < DayOfWeek.values().length;
        weekend.setErrorMessage(ok ? null : getTranslation("nrm.policy.invalid.weekend"));
        weekend.setInvalid(!ok);
        return ok;
    }

    private void showConventionWarning() {
        Integer days = recovery.getValue();
        boolean below = days != null && days < ClockSettings.CONVENTION_MINIMUM_RECOVERY_DAYS;
        recoveryHelp.setText(getTranslation(below ? "policy.clocks.recovery-below-minimum" : "policy.clocks.recovery-help",
                ClockSettings.CONVENTION_MINIMUM_RECOVERY_DAYS));
        recoveryHelp.setClassName("policy-warning", below);
    }

    private IntegerField number(ClockSettings.Limit limit, String key) {
        var field = new IntegerField(getTranslation("policy.clocks." + key));
        field.setId("clock-" + limit.field());
        field.setMin(limit.min());
        field.setMax(limit.max());
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setSuffixComponent(new Span(getTranslation("policy.clocks." + key + "-unit")));
        if (!"recovery".equals(key)) {
            field.setHelperText(getTranslation("policy.clocks." + key + "-help"));
        }
        return field;
    }
}
