package org.ariadne.policy.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Arrays;
import java.util.Map;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.policy.PolicyService;

/** The actor type x NRM function matrix; each tick is saved at once as a new version. */
class PermissionMatrix extends Grid<ActorType> {

    private final PolicyService policy;
    private final PolicyChanges changes;
    private PolicyProfile basis;

    PermissionMatrix(PolicyService policy, PolicyChanges changes, PolicyProfile basis) {
        this.policy = policy;
        this.changes = changes;
        this.basis = basis;
        addColumn(t -> getTranslation("actor-type." + t.name())).setHeader(getTranslation("organisations.actor-type"))
                .setAutoWidth(true).setFrozen(true);
        for (NrmFunction function : NrmFunction.values()) {
            addComponentColumn(type -> cell(type, function))
                    .setHeader(getTranslation("nrm.function." + function.name())).setAutoWidth(true);
        }
        setItems(Arrays.asList(ActorType.values()));
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(PolicyProfile profile) {
        basis = profile;
        getDataProvider().refreshAll();
    }

    private Checkbox cell(ActorType type, NrmFunction function) {
        var box = new Checkbox(basis.permits(type, function));
        box.setId("permit-" + type.name() + "-" + function.name());
        box.setAriaLabel(getTranslation("actor-type." + type.name()) + " · " + getTranslation("nrm.function." + function.name()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (!changes.run((from, latest) -> policy.setPermission(type, function, e.getValue(), from), Map.of())) {
                    show(basis);
                }
            }
        });
        return box;
    }
}
