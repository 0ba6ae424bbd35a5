package org.ariadne.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.base.ui.RecordNotAvailableView;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ServiceReferral;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.ariadne.support.SupportFixture;
import org.ariadne.support.SupportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationContext;

/** The support screens, driven without a browser against the real services, security and database. */
@IntegrationTest
class SupportViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SupportService support;
    @Autowired
    ProviderService providers;
    @Autowired
    JdbcTemplate jdbc;

    SupportFixture f;

    @BeforeEach
    void setUp() {
        f = SupportFixture.of(context);
        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Opens the case's details as the signed-in user and brings the Support tab forward. */
    private ServiceReferralsPanel supportTab(CaseCode code) {
        navigate("cases/" + code.value(), Component.class);
        TabSheet sheet = $(TabSheet.class).single();
        Tab tab = $(Tab.class).all().stream().filter(t -> t.getLabel().equals("Support")).findFirst().orElseThrow();
        sheet.setSelectedTab(tab);
        return $(ServiceReferralsPanel.class).single();
    }

    @Test
    void openingACaseReadsItsReferralsOnlyWhenTheSupportTabIsSelected() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support Lazy", SupportFixture.SHELTER);
        navigate("cases/" + code.value(), Component.class);
        assertThat($(ServiceReferralsPanel.class).all()).isEmpty();
        assertThat(supportReads(code)).isZero();
        Tab tab = $(Tab.class).all().stream().filter(t -> t.getLabel().equals("Support")).findFirst().orElseThrow();
        $(TabSheet.class).single().setSelectedTab(tab);
        assertThat($(ServiceReferralsPanel.class).all()).hasSize(1);
        assertThat(supportReads(code)).isEqualTo(1);
    }

    private long supportReads(CaseCode code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'support.read' AND object_ref = ?",
                Long.class, code.value());
    }

    @Test
    void aCaseworkerRefersFromTheSupportSectionAndSeesTheStatus() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support One", SupportFixture.SHELTER);
        ServiceReferralsPanel panel = supportTab(code);
        assertThat(test(panel.grid).size()).isZero();
        test(panel.refer).click();
        ReferDialog dialog = $(ReferDialog.class).single();
        dialog.type.setValue(ServiceType.ACCOMMODATION);
        dialog.provider.setValue(support.providers().stream()
                .filter(o -> o.code().equals(SupportFixture.SHELTER)).findFirst().orElseThrow());
        dialog.needs.setValue("A quiet room, near a doctor");
        test(dialog.refer).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.grid).size()).isEqualTo(1);
        ServiceReferral row = test(panel.grid).getRow(0);
        assertThat(row.status()).isEqualTo(ServiceReferralStatus.PENDING);
        assertThat(row.providerName()).isEqualTo("Safe House Shelter");
        assertThat(((com.vaadin.flow.component.html.Span) test(panel.grid).getCellComponent(0, "status")).getText())
                .isEqualTo("Awaiting answer");
    }

    @Test
    void aRefusalNamesThePolicyRuleAndEmptyNeedsAreMarkedOnTheField() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support Two", SupportFixture.SHELTER);
        ServiceReferralsPanel panel = supportTab(code);
        test(panel.refer).click();
        ReferDialog dialog = $(ReferDialog.class).single();
        dialog.type.setValue(ServiceType.MEDICAL);
        dialog.provider.setValue(support.providers().stream()
                .filter(o -> o.code().equals(SupportFixture.SHELTER)).findFirst().orElseThrow());
        test(dialog.refer).click();
        assertThat(dialog.needs.isInvalid()).isTrue();
        assertThat(dialog.needs.getErrorMessage()).isEqualTo("This field is required.");

        f.nrm().preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        f.as("ngo.caseworker");
        dialog.needs.setValue("A doctor who speaks Romanian");
        test(dialog.refer).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test($(Notification.class).last()).getText()).contains("National policy", "refer people to services");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_referral WHERE case_code = ?", Long.class,
                code.value())).isZero();
    }

    @Test
    void theShelterAnswersFromItsInboxAndThenSeesOnlyWhatTheServiceNeeds() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support Three", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.as("shelter.provider");
        ServiceInboxView inbox = navigate(ServiceInboxView.class);
        var grid = test(inbox.grid);
        boolean listed = false;
        for (int i = 0; i < grid.size() && !listed; i++) {
            listed = grid.getRow(i).id().equals(referral.id());
        }
        assertThat(listed).isTrue();

        navigate("services/" + referral.id(), ServiceReferralView.class);
        assertThat($(RecipientDetails.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("Accept the referral to see"));
        test($(com.vaadin.flow.component.button.Button.class).id("answer")).click();
        AnswerDialog answer = $(AnswerDialog.class).single();
        test(answer.accept).click();

        RecipientDetails details = $(RecipientDetails.class).single();
        assertThat(details.getElement().getTextRecursively()).contains("View Support Three", SupportFixture.NEEDS,
                "Harbour Outreach").doesNotContain("Coast", "Forced labour");
        navigate("cases/" + code.value(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void afterTheCaseworkerRevokesTheProvidersPageShowsNoPerson() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support Four", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.SHELTER);
        f.accept(referral);
        f.as("ngo.caseworker");
        ServiceReferralsPanel panel = supportTab(code);
        Component actions = test(panel.grid).getCellComponent(0, "actions");
        test($(com.vaadin.flow.component.button.Button.class, actions).id("revoke-" + referral.id())).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Safe House Shelter", "loses access");
        test(confirm).confirm();
        assertThat(test(panel.grid).getRow(0).status()).isEqualTo(ServiceReferralStatus.REVOKED);

        f.as("shelter.provider");
        navigate("services/" + referral.id(), ServiceReferralView.class);
        assertThat($(RecipientDetails.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("no longer gives access"));
    }

    @Test
    void feedbackWithoutThePersonsConsentIsMarkedOnTheBoxAndNothingIsStored() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support Five", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.LEGAL_AID, SupportFixture.SHELTER);
        long version = f.accept(referral).referral().version();
        providers.startDelivery(referral.id(), version, null);
        f.as("ngo.caseworker");
        ServiceReferralsPanel panel = supportTab(code);
        Component actions = test(panel.grid).getCellComponent(0, "actions");
        test($(com.vaadin.flow.component.button.Button.class, actions).id("feedback-" + referral.id())).click();
        FeedbackDialog dialog = $(FeedbackDialog.class).single();
        dialog.rating.setValue(5);
        dialog.needsMet.setValue(org.ariadne.support.ServiceFeedbackGiven.NeedsMet.YES);
        test(dialog.save).click();
        assertThat(dialog.consents.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_feedback WHERE referral_id = ?", Long.class,
                referral.id().value())).isZero();

        dialog.consents.setValue(true);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(panel.grid).getRow(0).feedback()).isNotNull();
    }

    @Test
    void noOneButServiceProvidersOpensTheInboxAndAnotherProviderIsRefusedByAddress() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "View Support Six", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.EDUCATION, SupportFixture.SHELTER);
        f.as("coordinator");
        navigate("services", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        f.as("ngo.caseworker");
        navigate("services/" + referral.id(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        f.clinic();
        f.as(SupportFixture.CLINIC_USER);
        navigate("services/" + referral.id(), RecordNotAvailableView.class);
        assertThat(getCurrentView()).isInstanceOf(RecordNotAvailableView.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'support.read-referral' AND"
                + " object_ref = ? AND outcome = 'DENIED' AND username = ?", Long.class, referral.id().toString(),
                SupportFixture.CLINIC_USER)).isEqualTo(1);
    }
}
