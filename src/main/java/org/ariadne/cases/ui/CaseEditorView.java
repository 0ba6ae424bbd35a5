package org.ariadne.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.cases.AgeRule;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.SavedCase;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.indicators.AgeGroup;
import org.ariadne.indicators.Catalogue;
import org.ariadne.indicators.IndicatorService;
import org.ariadne.indicators.ListType;
import org.ariadne.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Recording a case as a guided flow (person, encounter, exploitation, review) that can be saved as
 * a draft at any step, and editing an existing case with the same forms.
 */
@Route("cases/new")
@RouteAlias("cases/:code/edit")
@RolesAllowed(Role.Names.CASEWORKER)
class CaseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final IndicatorService indicators;
    private final PersonForm person = new PersonForm();
    private final EncounterForm encounter = new EncounterForm();
    private final ExploitationDetailsForm exploitation = new ExploitationDetailsForm();
    private final IndicatorChecklist checklist;
    private final Div review = new Div();
    private final List<com.vaadin.flow.component.Component> steps;
    private final Tabs tabs = new Tabs();
    private final Div childNotice = new Div();
    private final H2 title = new H2();
    private final Button back = new Button();
    private final Button next = new Button();
    private @Nullable CaseDetails existing;

    CaseEditorView(CaseService cases, IndicatorService indicators) {
        this.cases = cases;
        this.indicators = indicators;
        this.checklist = new IndicatorChecklist(indicators);
        this.steps = List.of(person, encounter, exploitation, checklist, review);
        setMaxWidth("1100px");
        addClassName("case-editor");
        for (String key : List.of("cases.step.person", "cases.step.encounter", "cases.step.exploitation",
                "indicators.step", "cases.step.review")) {
            tabs.add(new Tab(getTranslation(key)));
        }
        tabs.addSelectedChangeListener(e -> show(tabs.getSelectedIndex()));
        childNotice.setText(getTranslation("cases.editor.child-mode"));
        childNotice.addClassName("child-notice");
        childNotice.setVisible(false);
        person.dateOfBirth.addValueChangeListener(e -> updateChildMode());
        person.estimatedAge.addValueChangeListener(e -> updateChildMode());
        person.ageDisputed.addValueChangeListener(e -> updateChildMode());
        back.setText(getTranslation("cases.editor.back"));
        back.addClickListener(e -> tabs.setSelectedIndex(tabs.getSelectedIndex() - 1));
        next.setText(getTranslation("cases.editor.next"));
        next.addClickListener(e -> tabs.setSelectedIndex(tabs.getSelectedIndex() + 1));
        add(title, childNotice, tabs);
        steps.forEach(this::add);
        add(actions());
        show(0);
    }

    private HorizontalLayout actions() {
        var draft = new Button(getTranslation("cases.editor.save-draft"), e -> save(false));
        draft.setId("save-draft");
        var submit = new Button(getTranslation("cases.editor.submit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-case");
        var bar = new HorizontalLayout(back, next, draft, submit);
        bar.addClassName("editor-actions");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse(null);
        if (code != null) {
            existing = cases.get(CaseCodes.parse(code));
            person.setValue(existing.person());
            encounter.setValue(existing.encounter());
            exploitation.setValue(existing.exploitation());
            title.setText(getTranslation("cases.editor.edit-title", existing.code().value()));
        } else {
            title.setText(getTranslation("cases.editor.new-title"));
        }
        updateChildMode();
    }

    private void show(int index) {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setVisible(i == index);
        }
        if (steps.get(index) == checklist) {
            showCatalogue();
        }
        back.setEnabled(index > 0);
        next.setEnabled(index < steps.size() - 1);
        if (index == steps.size() - 1) {
            review.removeAll();
            review.add(new Paragraph(getTranslation("cases.editor.review-intro")),
                    new CaseFacts().person(person.getValue()).encounter(encounter.getValue())
                            .exploitation(exploitation.getValue()));
        }
    }

    /** The list that fits the person: child or adult, sexual or labour exploitation. */
    private void showCatalogue() {
        boolean child = isChild();
        boolean sexual = exploitation.getValue().forms().contains(org.ariadne.cases.ExploitationForm.SEXUAL_EXPLOITATION);
        Catalogue wanted = indicators.activeCatalogue(ListType.of(child ? AgeGroup.CHILD : AgeGroup.ADULT, sexual));
        if (checklist.catalogue() == null || !checklist.catalogue().code().equals(wanted.code())) {
            checklist.show(wanted, child);
        }
    }

    private boolean isChild() {
        LocalDate reference = encounter.date.getValue() == null ? LocalDate.now() : encounter.date.getValue();
        return AgeRule.isChild(person.getValue(), reference, AgeRule.DEFAULT_AGE_OF_MAJORITY);
    }

    private void updateChildMode() {
        childNotice.setVisible(isChild());
    }

    private void save(boolean submit) {
        var draft = new CaseDraft(person.getValue(), encounter.getValue(), exploitation.getValue(),
                submit || (existing != null && existing.status() != CaseStatus.DRAFT),
                existing == null ? 0 : existing.version());
        try {
            SavedCase saved = existing == null ? cases.create(draft) : cases.update(existing.code(), draft);
            String code = saved.details().code().value();
            if (!checklist.ticked().isEmpty()) {
                cases.assess(saved.details().code(), checklist.catalogue().code(), checklist.ticked());
            }
            Feedback.success(this, saved.details().status() == CaseStatus.DRAFT ? "cases.editor.saved-draft"
                    : "cases.editor.submitted", code);
            if (!saved.possibleDuplicates().isEmpty()) {
                Feedback.warning(this, "cases.editor.duplicate", saved.possibleDuplicates().getFirst().value());
            }
            getUI().ifPresent(ui -> ui.navigate(CaseDetailsView.class, new RouteParameters("code", code)));
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.putAll(person.fields());
            fields.putAll(encounter.fields());
            fields.putAll(exploitation.fields());
            tabs.setSelectedIndex(e.field().startsWith("person") ? 0 : e.field().startsWith("encounter") ? 1
                    : e.field().startsWith("exploitation") ? 2 : 3);
            Feedback.refused(this, e, fields);
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
