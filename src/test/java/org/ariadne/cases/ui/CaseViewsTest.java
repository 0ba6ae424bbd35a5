package org.ariadne.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.base.ui.RecordNotAvailableView;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseListItem;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.Channel;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.PersonData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The case screens, driven without a browser against the real services and database. */
@IntegrationTest
class CaseViewsTest extends SpringBrowserlessTest {

    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    private CaseCode recordAs() {
        return recordBornOn(LocalDate.of(1988, 8, 8));
    }

    private CaseCode recordBornOn(LocalDate dateOfBirth) {
        var person = new PersonData("View Person", null, dateOfBirth, null, false, null, List.of(),
                List.of(), null, false, null, null);
        return cases.create(new CaseDraft(person, new EncounterData(LocalDate.of(2026, 1, 5), "North", null,
                Channel.HOTLINE), new ExploitationData(Set.of(ExploitationForm.FORCED_BEGGING), Set.of(), false, null,
                null, List.of(), List.of(), List.of(), null), true, 0)).details().code();
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void caseworkerRecordsACaseThroughTheEditorAndLandsOnItsDetails() {
        CaseEditorView editor = navigate(CaseEditorView.class);
        test($(TextField.class, editor).withCaption("Full name").single()).setValue("Editor Person");
        $(Button.class, editor).withId("save-draft").single().click();
        assertThat(getCurrentView()).isInstanceOf(CaseDetailsView.class);
        String header = ((CaseDetailsView) getCurrentView()).getElement().getTextRecursively();
        assertThat(header).contains("Draft");
        assertThat($(CaseFacts.class).all()).anySatisfy(facts ->
                assertThat(facts.getElement().getTextRecursively()).contains("Editor Person"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE name_enc LIKE '%Editor Person%'",
                Long.class)).isZero();
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void submittingWithoutTheEncounterIsRefusedOnTheFieldAndSavesNothing() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Long.class);
        CaseEditorView editor = navigate(CaseEditorView.class);
        $(Button.class, editor).withId("submit-case").single().click();
        assertThat(getCurrentView()).isInstanceOf(CaseEditorView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Long.class)).isEqualTo(before);
        var date = editor.getChildren().filter(EncounterForm.class::isInstance).map(EncounterForm.class::cast)
                .findFirst().orElseThrow().date;
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("This field is required.");
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void theListShowsOwnCasesAndFiltersByForm() {
        CaseCode code = recordAs();
        CaseListView list = navigate(CaseListView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseListItem> grid = $(Grid.class, list).single();
        test($(TextField.class, list).single()).setValue(code.value());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).code()).isEqualTo(code);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void theStatusColumnCarriesTheChildBadgeAndThereIsNoAgeColumn() {
        CaseCode child = recordBornOn(LocalDate.of(2012, 3, 3));
        CaseCode adult = recordAs();
        CaseListView list = navigate(CaseListView.class);
        @SuppressWarnings("unchecked")
        Grid<CaseListItem> grid = $(Grid.class, list).single();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Case", "Status", "Met on", "Region", "Forms of exploitation", "Last change");
        var search = test($(TextField.class, list).single());
        search.setValue(child.value());
        assertThat(test(grid).getLitRendererPropertyValue(0, 1, "status", String.class)).isEqualTo("Open");
        assertThat(test(grid).getLitRendererPropertyValue(0, 1, "child", String.class)).isEqualTo("Child");
        search.setValue(adult.value());
        assertThat(test(grid).getLitRendererPropertyValue(0, 1, "status", String.class)).isEqualTo("Open");
        assertThat(test(grid).getLitRendererPropertyValue(0, 1, "child", String.class)).isEmpty();
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void exploitationSubtypesAppearOnlyWithTheirForm() {
        CaseEditorView editor = navigate(CaseEditorView.class);
        var form = editor.getChildren().filter(ExploitationDetailsForm.class::isInstance)
                .map(ExploitationDetailsForm.class::cast).findFirst().orElseThrow();
        assertThat(form.sexualTypes.isVisible()).isFalse();
        form.forms.setValue(Set.of(ExploitationForm.SEXUAL_EXPLOITATION));
        assertThat(form.sexualTypes.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("ngo2.caseworker")
    void anotherOrganisationsCaseByAddressIsRefused() {
        CaseCode theirs = existingCodeOf("NGO-HARBOUR");
        navigate("cases/" + theirs.value(), RecordNotAvailableView.class);
        assertThat(getCurrentView()).isInstanceOf(RecordNotAvailableView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'case.read' AND object_ref = ?"
                + " AND outcome = 'DENIED' AND username = 'ngo2.caseworker'", Long.class, theirs.value())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void coordinatorCannotOpenCaseScreens() {
        navigate("cases", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'view.open' AND object_ref ="
                + " 'cases' AND outcome = 'DENIED' AND username = 'coordinator'", Long.class)).isPositive();
        navigate("cases/new", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("police.officer")
    void breakGlassFromTheListOpensAnotherOrganisationsCaseWithItsAssessments() {
        CaseCode theirs = existingCodeOf("NGO-HARBOUR");
        CaseListView list = navigate(CaseListView.class);
        test($(Button.class, list).id("break-glass")).click();
        var dialog = $(BreakGlassDialog.class).single();
        test($(TextField.class, dialog).id("break-glass-code")).setValue(theirs.value());
        test($(com.vaadin.flow.component.textfield.TextArea.class, dialog).id("break-glass-reason"))
                .setValue("Person reported missing from the shelter tonight");
        test($(Button.class, dialog).id("break-glass-open")).click();
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .extracting(n -> test(n).getText()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(CaseDetailsView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'police.officer' AND"
                + " object_ref = ? AND action = 'case.read' AND reason = 'break-glass'", Long.class, theirs.value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'police.officer' AND"
                + " object_ref = ? AND outcome = 'DENIED'", Long.class, theirs.value())).isZero();
    }

    private CaseCode existingCodeOf(String organisationCode) {
        return new CaseCode(jdbc.queryForObject("SELECT c.code FROM case_record c JOIN organisation o"
                + " ON o.id = c.organisation_id WHERE o.code = ? LIMIT 1", String.class, organisationCode));
    }
}
