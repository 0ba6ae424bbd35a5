package org.ariadne.policy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.common.ConflictException;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.policy.ClockSettings;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.policy.PolicyService;
import org.ariadne.policy.PolicyService.Status;
import org.ariadne.security.Role;

/**
 * The national policy profile: who may perform which NRM function, the legal clocks, the public
 * holidays, and the versions adopted. A change is a new version from the date chosen at the top;
 * the editors show the version in force on that date, which the change builds on.
 */
@Route("admin/policy")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 93, title = "nav.policy", icon = "vaadin:scale")
class PolicyView extends VerticalLayout implements HasDynamicTitle, PolicyChanges {

    private final PolicyService policy;
    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
    private final Div summary = new Div();
    private final DatePicker from = new DatePicker();
    private final Paragraph basisNote = new Paragraph();
    private final PermissionMatrix matrix;
    private final ClockForm clocks;
    private final HolidaysEditor holidays;
    private final VersionHistory history = new VersionHistory();
    private int latest;
    private int basisVersion = -1;

    PolicyView(PolicyService policy) {
        this.policy = policy;
        setMaxWidth("1300px");
        LocalDate today = policy.today();
        from.setId("effective-from");
        from.setLabel(getTranslation("policy.effective-from"));
        from.setHelperText(getTranslation("policy.effective-from-help"));
        from.setValue(today);
        from.setMin(today);
        from.setManualValidation(true);
        from.addValueChangeListener(e -> {
            if (validDate()) {
                showBasis(false);
            }
        });
        var top = new HorizontalLayout(from);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        for (PolicyPreset preset : PolicyPreset.values()) {
            var adopt = new Button(getTranslation("policy.adopt", getTranslation(preset.messageKey())),
                    e -> run((date, v) -> policy.adoptPreset(preset, date), Map.of()));
            adopt.setId("adopt-" + preset.name());
            adopt.setTooltipText(getTranslation(preset.descriptionKey()));
            top.add(adopt);
        }
        PolicyProfile basis = policy.inForceOn(today);
        matrix = new PermissionMatrix(policy, this, basis);
        clocks = new ClockForm(policy, this);
        holidays = new HolidaysEditor(policy, this);
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("policy.matrix"), matrix).setId("tab-matrix");
        tabs.add(getTranslation("policy.clocks"), clocks).setId("tab-clocks");
        tabs.add(getTranslation("policy.holidays"), holidays).setId("tab-holidays");
        tabs.add(getTranslation("policy.history"), history).setId("tab-history");
        summary.addClassName("policy-summary");
        basisNote.addClassName("policy-basis");
        add(summary, top, basisNote, tabs);
        refresh();
    }

    @Override
    public boolean run(Change change, Map<String, ? extends HasValidation> fields) {
        if (!validDate()) {
            return false;
        }
        Map<String, HasValidation> all = new HashMap<>(fields);
        all.put("effectiveFrom", from);
        try {
            PolicyProfile saved = change.apply(from.getValue(), latest);
            Feedback.success(this, "policy.saved", saved.version(), dates.format(saved.effectiveFrom()));
            refresh();
            return true;
        } catch (ConflictException e) {
            Feedback.refused(this, e, all);
            refresh();
            return false;
        } catch (TranslatableException e) {
            Feedback.refused(this, e, all);
            return false;
        }
    }

    private boolean validDate() {
        LocalDate date = from.getValue();
        String error = date == null ? "common.error.required"
                : date.isBefore(policy.today()) ? "policy.error.past-date" : null;
        from.setErrorMessage(error == null ? null : getTranslation(error));
        from.setInvalid(error != null);
        return error == null;
    }

    private void refresh() {
        latest = policy.latestVersion();
        List<PolicyService.Version> versions = policy.history();
        showSummary(versions);
        history.show(versions);
        showBasis(true);
    }

    private void showSummary(List<PolicyService.Version> versions) {
        summary.removeAll();
        PolicyProfile profile = policy.inForce();
        String inForce = versions.isEmpty()
                ? getTranslation("policy.default", getTranslation(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES.messageKey()))
                : getTranslation("policy.in-force", profile.version(), dates.format(profile.effectiveFrom()));
        List<PolicyService.Version> scheduled = versions.reversed().stream().filter(v -> v.status() == Status.SCHEDULED)
                .toList();
        var inForceLine = new Paragraph(new Span(inForce), new Span(" " + (scheduled.isEmpty()
                ? getTranslation("policy.none-scheduled")
                : getTranslation("policy.scheduled", String.join(", ", scheduled.stream().map(v -> getTranslation(
                "policy.scheduled-item", v.profile().version(), dates.format(v.profile().effectiveFrom()))).toList())))));
        inForceLine.setId("policy-in-force");
        summary.add(inForceLine);
        ClockSettings c = profile.clocks();
        summary.add(new Paragraph(getTranslation("policy.clock-summary", c.recoveryPeriodDays(),
                c.reasonableGroundsWorkingDays(), c.reconsiderationWindowDays(), c.ageOfMajority(),
                profile.publicHolidays().size())));
        if (!c.meetsConventionMinimum()) {
            var warning = new Paragraph(getTranslation("policy.below-minimum", c.recoveryPeriodDays(),
                    ClockSettings.CONVENTION_MINIMUM_RECOVERY_DAYS));
            warning.addClassName("policy-warning");
            summary.add(warning);
        }
    }

    /** Loads the editors with the version in force on the chosen date, when it differs from the one shown. */
    private void showBasis(boolean force) {
        LocalDate date = from.getValue() == null ? policy.today() : from.getValue();
        PolicyProfile basis = policy.inForceOn(date);
        int version = latest == 0 ? 0 : basis.version();
        if (force || version != basisVersion) {
            basisVersion = version;
            matrix.show(basis);
            clocks.show(basis.clocks());
            holidays.show(basis);
        }
        var later = policy.history().reversed().stream()
                .filter(v -> v.status() == Status.SCHEDULED && v.profile().effectiveFrom().isAfter(date)).findFirst();
        basisNote.removeAll();
        basisNote.add(new Span(latest == 0 ? getTranslation("policy.basis.default")
                : getTranslation("policy.basis", version, dates.format(date))));
        later.ifPresent(v -> {
            var warning = new Span(" " + getTranslation("policy.basis.later", v.profile().version(),
                    dates.format(v.profile().effectiveFrom())));
            warning.addClassName("policy-warning");
            basisNote.add(warning);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policy") + " · " + getTranslation("app.name");
    }
}
