package org.ariadne.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.base.ui.NotFoundView;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyService;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.ReferralBarrier;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The referral-mechanism tab, its dialogs and the decision queue, driven without a browser. */
@IntegrationTest
class NrmViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PolicyService policy;
    @Autowired
    OrganisationService organisations;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
    }

    private NrmPanel openPanel(CaseCode code, String username) {
        f.as(username);
        navigate("cases/" + code.value(), com.vaadin.flow.component.Component.class);
        TabSheet tabs = $(TabSheet.class).single();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Referral mechanism")) {
                tabs.setSelectedIndex(i);
            }
        }
        return $(NrmPanel.class).single();
    }

    @Test
    void theCaseworkerRecordsConsentThroughTheDialogAndTheStageChanges() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "View Nrm Person");
        NrmPanel panel = openPanel(code, "ngo.caseworker");
        test($(Button.class, panel).id("nrm-step-GIVE_CONSENT")).click();
        ConsentDialog dialog = $(ConsentDialog.class).single();
        dialog.sharingWith.select(organisations.findByCode("SHELTER-SAFEHOUSE").orElseThrow());
        test($(Button.class, dialog).id("nrm-consent-confirm")).click();
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.CONSENTED);
        assertThat(panel.getElement().getTextRecursively()).contains("Consent given");
        assertThat($(Button.class, panel).id("nrm-step-REFER_TO_AUTHORITY").isEnabled()).isTrue();
    }

    @Test
    void theNgoRefersUnderLawEnforcementDesignatesAndSeesReferralDisabledWithTheRuleOncePolicyWithdrawsIt() {
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        CaseCode code = f.adult("ngo.caseworker", "View Nrm Person Two");
        f.consent(code, "ngo.caseworker");
        assertThat($(Button.class, openPanel(code, "ngo.caseworker")).id("nrm-step-REFER_TO_AUTHORITY").isEnabled())
                .isTrue();

        f.as("admin");
        policy.setPermission(ActorType.NGO, NrmFunction.REFER_TO_AUTHORITY, false, LocalDate.now());
        NrmPanel panel = openPanel(code, "ngo.caseworker");
        Button refer = $(Button.class, panel).id("nrm-step-REFER_TO_AUTHORITY");
        assertThat(refer.isEnabled()).isFalse();
        assertThat(panel.getElement().getTextRecursively())
                .contains("National policy (version").contains("does not allow the actor type “NGO” to refer cases");
    }

    @Test
    void thePoliceRecordARefusalAsAnAnonymousNotificationThroughTheDialogAndTheNgoCannot() {
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        CaseCode code = f.adult("police.officer", "View Nrm Person Refusing");
        NrmPanel panel = openPanel(code, "police.officer");
        test($(Button.class, panel).id("nrm-consent-refuse")).click();
        RefusalDialog dialog = $(RefusalDialog.class).single();
        assertThat(dialog.notify.isEnabled()).isTrue();
        dialog.barriers.setValue(Set.of(ReferralBarrier.FEAR_OF_TRAFFICKERS));
        dialog.notify.setValue(true);
        test($(Button.class, dialog).id("nrm-refusal-confirm")).click();
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.ANONYMOUS_NOTIFICATION);
        assertThat(f.view(code).nrmCase().facts().identityHeld()).isFalse();

        CaseCode ngoCase = f.adult("ngo.caseworker", "View Nrm Person Refusing Two");
        NrmPanel ngoPanel = openPanel(ngoCase, "ngo.caseworker");
        test($(Button.class, ngoPanel).id("nrm-consent-refuse")).click();
        RefusalDialog ngoDialog = $(RefusalDialog.class).single();
        assertThat(ngoDialog.notify.isEnabled()).isFalse();
        assertThat(ngoDialog.notify.getHelperText()).contains("“NGO”");
    }

    @Test
    void aDecisionMakerFindsTheCaseInTheQueueAndMakesAPositiveDecisionFromTheDialog() {
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        CaseCode code = f.adult("police.officer", "View Nrm Person Three");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.as("authority.decider");
        DecisionQueueView queue = navigate(DecisionQueueView.class);
        assertThat(test(queue.grid).size()).isPositive();
        boolean listed = false;
        for (int i = 0; i < test(queue.grid).size(); i++) {
            if (test(queue.grid).getRow(i).code().equals(code)) {
                listed = true;
                // An adult says so in the age column, as a child does.
                assertThat(test(queue.grid).getCellComponent(i, 2).getElement().getText()).isEqualTo("Adult");
            }
        }
        assertThat(listed).isTrue();

        NrmPanel panel = openPanel(code, "authority.decider");
        test($(Button.class, panel).id("nrm-step-REASONABLE_GROUNDS_POSITIVE")).click();
        StepDialog dialog = $(StepDialog.class).single();
        test($(Button.class, dialog).id("nrm-step-confirm")).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.REFERRED);
        dialog.reason.setValue("Consistent account and strong indicators");
        test($(Button.class, dialog).id("nrm-step-confirm")).click();
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
        assertThat(panel.getElement().getTextRecursively()).contains("Recovery period ends").contains("Days remaining: 30");
    }

    @Test
    void theLabourInspectorSeesTheDecisionDisabledUnderLawEnforcementDesignates() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("labour.inspector", "View Nrm Person Four");
        f.consent(code, "labour.inspector");
        f.refer(code, "labour.inspector", "CA-NRM");
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        NrmPanel panel = openPanel(code, "labour.inspector");
        assertThat($(Button.class, panel).id("nrm-step-" + Transition.REASONABLE_GROUNDS_POSITIVE.name()).isEnabled())
                .isFalse();
        assertThat(panel.getElement().getTextRecursively()).contains("“Labour inspectorate” to take reasonable-grounds");
    }

    @Test
    void caseworkersAndCoordinatorsCannotOpenTheDecisionQueue() {
        f.as("ngo.caseworker");
        navigate("decisions", NotFoundView.class);
        f.as("coordinator");
        navigate("decisions", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
