package org.ariadne.policy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.ClockDraft;
import org.ariadne.policy.ClockSettings;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PolicyViewTest extends SpringBrowserlessTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final LocalDate MAY_DAY = LocalDate.of(2027, 5, 1);

    @Autowired
    PolicyService policy;
    @Autowired
    UserDetailsService users;

    /** Tests share one database: put the default clocks and no holidays back in force for the next one. */
    @AfterEach
    void restoreDefaults() {
        SignedIn.as(users, "admin");
        if (!policy.inForce().clocks().equals(ClockSettings.DEFAULTS)) {
            policy.changeClocks(ClockDraft.of(ClockSettings.DEFAULTS), policy.today(), policy.latestVersion());
        }
        if (!policy.inForce().publicHolidays().isEmpty()) {
            policy.changePublicHolidays(Set.of(), policy.today(), policy.latestVersion());
        }
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSwitchesPresetsFromTheScreen() {
        PolicyView view = navigate(PolicyView.class);
        test($(Button.class, view).id("adopt-MULTI_AGENCY")).click();
        assertThat(policy.inForce().permits(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_CONCLUSIVE)).isTrue();
        test($(Button.class, view).id("adopt-LAW_ENFORCEMENT_DESIGNATES")).click();
        assertThat(policy.inForce().permits(ActorType.LABOUR_INSPECTORATE, NrmFunction.DECIDE_CONCLUSIVE)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorChangesTheRecoveryPeriodAndAWrongValueIsRefusedOnTheField() {
        PolicyView view = navigate(PolicyView.class);
        test($(TabSheet.class, view).single()).select(1);
        IntegerField recovery = $(IntegerField.class, view).id("clock-recoveryPeriodDays");
        int before = policy.latestVersion();

        // The tester keeps to the field's min and max; a browser lets a typed value through.
        recovery.setValue(0);
        test($(Button.class, view).id("save-clocks")).click();
        assertThat(recovery.isInvalid()).isTrue();
        assertThat(recovery.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 365.");
        assertThat(policy.latestVersion()).isEqualTo(before);

        test(recovery).setValue(45);
        assertThat(recovery.isInvalid()).isFalse();
        test($(Button.class, view).id("save-clocks")).click();

        assertThat(policy.latestVersion()).isEqualTo(before + 1);
        assertThat(policy.inForce().clocks().recoveryPeriodDays()).isEqualTo(45);
        assertThat(policy.inForce().clocks().reasonableGroundsWorkingDays()).isEqualTo(5);
        assertThat(policy.history().getFirst().status()).isEqualTo(PolicyService.Status.IN_FORCE);
    }

    @Test
    @WithUserDetails("admin")
    void aPastEffectiveDateIsRefusedOnTheDateField() {
        PolicyView view = navigate(PolicyView.class);
        int before = policy.latestVersion();
        DatePicker from = $(DatePicker.class, view).id("effective-from");

        from.setValue(policy.today().minusDays(1)); // typed: the tester keeps to the picker's minimum
        test($(TabSheet.class, view).single()).select(1);
        test($(IntegerField.class, view).id("clock-recoveryPeriodDays")).setValue(40);
        test($(Button.class, view).id("save-clocks")).click();

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("A new version cannot take effect in the past.");
        assertThat(policy.latestVersion()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorAddsImportsAndRemovesHolidaysAndSavesThemAsOneVersion() {
        PolicyView view = navigate(PolicyView.class);
        test($(TabSheet.class, view).single()).select(2);
        int before = policy.latestVersion();

        test($(DatePicker.class, view).id("holiday-date")).setValue(NEW_YEAR);
        test($(Button.class, view).id("holiday-add")).click();
        test($(TextArea.class, view).id("holidays-paste")).setValue("date,name\n2027-05-01,Labour Day\n2027-05-09,Victory Day");
        test($(Button.class, view).id("holidays-read")).click();
        @SuppressWarnings("unchecked")
        Grid<LocalDate> grid = $(Grid.class, view).id("holidays");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(policy.latestVersion()).as("nothing saved before the list is saved").isEqualTo(before);

        test((Button) test(grid).getCellComponent(2, 3)).click(); // 9 May
        test($(Button.class, view).id("save-holidays")).click();

        assertThat(policy.latestVersion()).isEqualTo(before + 1);
        assertThat(policy.inForce().publicHolidays()).containsExactly(NEW_YEAR, MAY_DAY);
        assertThat(policy.inForce().clocks()).isEqualTo(ClockSettings.DEFAULTS);
    }

    @Test
    @WithUserDetails("admin")
    void anICalendarFileAddsItsEventDays() {
        PolicyView view = navigate(PolicyView.class);
        test($(TabSheet.class, view).single()).select(2);
        String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:New Year\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270501\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        test($(Upload.class, view).id("holidays-upload")).upload("holidays.ics", "text/calendar",
                ics.getBytes(StandardCharsets.UTF_8));
        test($(Button.class, view).id("save-holidays")).click();

        assertThat(policy.inForce().publicHolidays()).containsExactly(NEW_YEAR, MAY_DAY);
    }

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorCannotOpenIt() {
        navigate("admin/policy", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
