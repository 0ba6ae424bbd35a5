package org.ariadne.justice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.ariadne.cases.CaseCode;
import org.ariadne.justice.JusticeDraft;
import org.ariadne.justice.JusticeService;
import org.ariadne.justice.NonPunishment;
import org.ariadne.justice.WitnessStatus;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.workflow.Cooperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The "Criminal justice" tab of the case screen, driven without a browser against the real services. */
@IntegrationTest
class JusticeViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JusticeService justice;
    @Autowired
    JdbcTemplate jdbc;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
    }

    @Test
    void theCaseworkerRecordsCooperationOffencesAndCompensationThroughTheDialog() {
        CaseCode code = f.adult("ngo.caseworker", "Justice View Person");
        JusticePanel panel = openTab(code);
        test($(Button.class, panel).id("edit-justice")).click();
        JusticeDialog dialog = $(JusticeDialog.class).single();
        dialog.form.cooperation.setValue(Cooperation.DECLINED);
        dialog.form.witness.setValue(WitnessStatus.PROTECTED_WITNESS);
        dialog.form.nonPunishment.setValue(NonPunishment.REQUESTED);
        test(dialog.form.offences.add).click();
        dialog.form.offences.rows.getFirst().description().setValue("Illegal border crossing");
        var offender = dialog.form.compensation.rows.get(org.ariadne.justice.CompensationSource.OFFENDER);
        offender.claimed().setValue(true);
        offender.amount().setValue(new BigDecimal("1200.50"));
        offender.currency().setValue("EUR");
        test($(Button.class, dialog).id("save-justice")).click();

        assertThat($(JusticeDialog.class).all()).isEmpty();
        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("Declined", "Protected witness", "Requested", "Illegal border crossing",
                "linked to the trafficking", "From the offender: Claimed (1,200.50 EUR)", "Last changed");
        assertThat(justice.read(code).version()).isEqualTo(1);
    }

    @Test
    void aBlankOffenceIsMarkedOnItsFieldAndNothingIsSaved() {
        CaseCode code = f.adult("ngo.caseworker", "Justice View Blank");
        JusticePanel panel = openTab(code);
        test($(Button.class, panel).id("edit-justice")).click();
        JusticeDialog dialog = $(JusticeDialog.class).single();
        test(dialog.form.offences.add).click();
        test($(Button.class, dialog).id("save-justice")).click();
        var description = dialog.form.offences.rows.getFirst().description();
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("This field is required.");
        assertThat($(JusticeDialog.class).all()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM justice_record WHERE case_code = ?", Long.class,
                code.value())).isZero();
    }

    @Test
    void aChangeSavedMeanwhileIsAConflictThatKeepsTheOtherChange() {
        CaseCode code = f.adult("ngo.caseworker", "Justice View Conflict");
        JusticePanel panel = openTab(code);
        test($(Button.class, panel).id("edit-justice")).click();
        JusticeDialog dialog = $(JusticeDialog.class).single();
        dialog.form.cooperation.setValue(Cooperation.NO);

        justice.update(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(),
                NonPunishment.NOT_APPLICABLE, List.of(), "", 0));
        test($(Button.class, dialog).id("save-justice")).click();

        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(t -> assertThat(t).contains("Someone else changed this criminal-justice record"));
        assertThat($(JusticeDialog.class).all()).hasSize(1);
        assertThat(justice.read(code).cooperation()).isEqualTo(Cooperation.YES);
    }

    @Test
    void theAuthoritysDecisionMakerReadsTheTabWithoutTheActionToChangeIt() {
        CaseCode code = f.adult("ngo.caseworker", "Justice View Reader");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "CA-NRM");
        f.as("ngo.caseworker");
        justice.update(code, new JusticeDraft(Cooperation.YES, WitnessStatus.WITNESS, List.of(),
                NonPunishment.NOT_APPLICABLE, List.of(), "", 0));
        SignedIn.as(users, "authority.decider");
        JusticePanel panel = openTab(code);
        assertThat($(Button.class, panel).withId("edit-justice").all()).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("Yes", "Witness");
    }

    private JusticePanel openTab(CaseCode code) {
        UI.getCurrent().navigate("cases/" + code.value());
        TabSheet sheet = $(TabSheet.class).single();
        Tab tab = $(Tab.class).all().stream().filter(t -> t.getLabel().equals("Criminal justice")).findFirst()
                .orElseThrow();
        sheet.setSelectedTab(tab);
        return $(JusticePanel.class).single();
    }
}
