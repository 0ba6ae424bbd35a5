package org.ariadne.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.ClockSettings;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.policy.PolicyService;
import org.ariadne.security.Role;

/**
 * The national policy profile: who may perform which NRM function, the legal clocks, and the
 * versions adopted. A change is a new version from its effective date; the past is never rewritten.
 */
@Route("admin/policy")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 93, title = "nav.policy", icon = "vaadin:scale")
class PolicyView extends VerticalLayout implements HasDynamicTitle {

    private final PolicyService policy;
    private final Paragraph summary = new Paragraph();
    private final Paragraph clocks = new Paragraph();
    private final Grid<ActorType> matrix = new Grid<>();
    private final Grid<PolicyService.Version> history = new Grid<>();
    private final DatePicker from = new DatePicker();

    PolicyView(PolicyService policy) {
        this.policy = policy;
        setMaxWidth("1300px");
        from.setLabel(getTranslation("policy.effective-from"));
        from.setValue(LocalDate.now());
        from.setMin(LocalDate.now());
        var presets = new HorizontalLayout(from);
        presets.setAlignItems(Alignment.BASELINE);
        for (PolicyPreset preset : PolicyPreset.values()) {
            var adopt = new Button(getTranslation("policy.adopt", getTranslation(preset.messageKey())),
                    e -> change(() -> policy.adoptPreset(preset, from.getValue())));
            adopt.setId("adopt-" + preset.name());
            adopt.setTooltipText(getTranslation(preset.descriptionKey()));
            presets.add(adopt);
        }
        matrix.addColumn(t -> getTranslation("actor-type." + t.name())).setHeader(getTranslation("organisations.actor-type"))
                .setAutoWidth(true).setFrozen(true);
        for (NrmFunction function : NrmFunction.values()) {
            matrix.addComponentColumn(type -> cell(type, function))
                    .setHeader(getTranslation("nrm.function." + function.name())).setAutoWidth(true);
        }
        matrix.setItems(Arrays.asList(ActorType.values()));
        matrix.setAllRowsVisible(true);
        matrix.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(v -> v.profile().version()).setHeader(getTranslation("indicators.admin.version")).setAutoWidth(true);
        history.addColumn(v -> v.profile().effectiveFrom()).setHeader(getTranslation("policy.effective-from"))
                .setAutoWidth(true);
        history.addColumn(v -> v.basedOn().equals("EDIT") ? getTranslation("policy.edited")
                : getTranslation("nrm.preset." + v.basedOn())).setHeader(getTranslation("policy.based-on"));
        history.addColumn(PolicyService.Version::createdBy).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        add(summary, presets, new H3(getTranslation("policy.matrix")), matrix, new H3(getTranslation("policy.clocks")),
                clocks, new H3(getTranslation("policy.history")), history);
        refresh();
    }

    private Checkbox cell(ActorType type, NrmFunction function) {
        var box = new Checkbox(policy.inForce().permits(type, function));
        box.setAriaLabel(getTranslation("actor-type." + type.name()) + " · " + getTranslation("nrm.function." + function.name()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> policy.setPermission(type, function, e.getValue(), from.getValue()));
            }
        });
        return box;
    }

    private void change(Runnable action) {
        try {
            action.run();
            Feedback.saved(this);
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of("effectiveFrom", from));
        }
        refresh();
    }

    private void refresh() {
        PolicyProfile profile = policy.inForce();
        var versions = policy.history();
        summary.setText(versions.isEmpty()
                ? getTranslation("policy.default", getTranslation(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES.messageKey()))
                : getTranslation("policy.in-force", profile.version(), profile.effectiveFrom()));
        ClockSettings c = profile.clocks();
        clocks.setText(getTranslation("policy.clock-summary", c.recoveryPeriodDays(), c.reasonableGroundsWorkingDays(),
                c.reconsiderationWindowDays(), c.ageOfMajority()));
        matrix.getDataProvider().refreshAll();
        history.setItems(versions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policy") + " · " + getTranslation("app.name");
    }
}
