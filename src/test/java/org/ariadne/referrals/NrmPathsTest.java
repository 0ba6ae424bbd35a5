package org.ariadne.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.TestClock;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseStatus;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.RefusedException;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.GuardianStatus;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The paths of the mechanism beyond the main one: refusal and anonymous notification, children, withdrawal, clocks. */
@IntegrationTest
class NrmPathsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseService cases;
    @Autowired
    NrmService nrm;
    @Autowired
    ConsentService consent;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RefusalRequest refusal(boolean notify, long version) {
        return new RefusalRequest(Set.of(ReferralBarrier.FEAR_OF_DEPORTATION), "Officer on duty", "ro", true, notify,
                "", version);
    }

    @Test
    void anAdultWhoRefusesBecomesAnAnonymousNotificationWithoutIdentityAndIsLaterUpgradedWithoutReKeying() {
        CaseCode code = f.adult("police.officer", "Anonymous Later Person");
        f.as("police.officer");
        NrmView notified = consent.refuse(code, refusal(true, f.view(code).version()));
        assertThat(notified.nrmCase().stage()).isEqualTo(CaseStage.ANONYMOUS_NOTIFICATION);
        assertThat(cases.get(code).person().name()).isNull();
        assertThat(cases.get(code).exploitation().forms()).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE code = ? AND name_enc IS NULL AND"
                + " identity_hash IS NULL AND contact_enc IS NULL", Long.class, code.value())).isEqualTo(1);

        NrmView upgraded = consent.give(code, new ConsentRequest(Set.of(ConsentScope.REFERRAL), List.of(),
                "Officer on duty", "ro", false, notified.version(), f.org("CA-NRM")));
        assertThat(upgraded.nrmCase().stage()).isEqualTo(CaseStage.REFERRED);
        assertThat(upgraded.nrmCase().facts().identityHeld()).isTrue();
        assertThat(upgraded.nrmCase().facts().notifiedOn()).isNotNull();
        assertThat(upgraded.authorityName()).isEqualTo("National Identification Authority");
        assertThat(upgraded.nrmCase().history()).extracting(s -> s.transition())
                .containsExactly(Transition.DETECT, Transition.NOTIFY_ANONYMOUSLY, Transition.UPGRADE_TO_REFERRAL);
    }

    @Test
    void anNgoMayRecordARefusalButNotSendAnAnonymousNotificationUnderEitherPreset() {
        CaseCode code = f.adult("ngo.caseworker", "Ngo Refusal Person");
        f.as("ngo.caseworker");
        long version = f.view(code).version();
        assertThatThrownBy(() -> consent.refuse(code, refusal(true, version)))
                .isInstanceOfSatisfying(RefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("nrm.policy.refused.NOTIFY_ANONYMOUSLY"));
        assertThat(f.view(code).consents()).isEmpty();
        NrmView recorded = consent.refuse(code, refusal(false, version));
        assertThat(recorded.nrmCase().stage()).isEqualTo(CaseStage.DETECTED);
        assertThat(recorded.consents()).singleElement().satisfies(c -> {
            assertThat(c.given()).isFalse();
            assertThat(c.barriers()).containsExactly(ReferralBarrier.FEAR_OF_DEPORTATION);
        });
    }

    @Test
    void aChildCaseSkipsConsentAlertsChildProtectionAndOpensAGuardianTask() {
        CaseCode code = f.child("border.guard", "Child Path Person");
        NrmView opened = f.view(code);
        assertThat(opened.nrmCase().facts().child()).isTrue();
        assertThat(opened.nrmCase().facts().guardian()).isEqualTo(GuardianStatus.TASK_OPEN);
        assertThat(opened.childProtectionName()).isEqualTo("Capital Child Protection Service");
        assertThat(opened.options()).extracting(StepOption::transition).doesNotContain(Transition.GIVE_CONSENT);

        f.as("child.protection");
        assertThat(nrm.guardianTasks(50)).extracting(QueueItem::code).contains(code);
        assertThat(cases.get(code).person().name()).isEqualTo("Child Path Person");
        NrmView appointed = f.step(code, "child.protection", Transition.APPOINT_GUARDIAN, "Guardian appointed by court");
        assertThat(appointed.nrmCase().facts().guardian()).isEqualTo(GuardianStatus.APPOINTED);
        f.as("child.protection");
        assertThat(nrm.guardianTasks(50)).extracting(QueueItem::code).doesNotContain(code);

        NrmView referred = f.refer(code, "border.guard", "CA-NRM");
        assertThat(referred.nrmCase().stage()).isEqualTo(CaseStage.REFERRED);
    }

    @Test
    void aCaseEditedToADisputedAgeIsTreatedAsAChildFromThenOn() {
        CaseCode code = f.adult("ngo.caseworker", "Disputed Age Person");
        f.as("ngo.caseworker");
        var details = cases.get(code);
        var p = details.person();
        var disputed = new org.ariadne.cases.PersonData(p.name(), p.aliases(), p.dateOfBirth(), p.estimatedAge(), true,
                p.sex(), p.citizenships(), p.languages(), p.disability(), p.pregnant(), p.identityDocuments(), p.contact());
        cases.update(code, new org.ariadne.cases.CaseDraft(disputed, details.encounter(), details.exploitation(), true,
                details.version()));
        NrmView view = f.view(code);
        assertThat(view.nrmCase().facts().child()).isTrue();
        assertThat(view.nrmCase().facts().guardian()).isEqualTo(GuardianStatus.TASK_OPEN);
        assertThat(view.nrmCase().history().getLast().transition()).isEqualTo(Transition.PRESUME_CHILD);
        assertThat(view.childProtectionName()).isEqualTo("Capital Child Protection Service");
    }

    @Test
    void noChildLeavesTheCountryBeforeTheBestInterestsDetermination() {
        CaseCode code = f.child("police.officer", "Child Return Person");
        f.as("police.officer");
        long version = f.view(code).version();
        assertThatThrownBy(() -> nrm.step(code, StepRequest.of(Transition.CLOSE, "Family traced abroad", version)
                .with(new CommandDetails.Closing(CloseReason.TRANSFERRED_ABROAD))))
                .isInstanceOfSatisfying(RefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("nrm.refused.best-interests-required"));
        f.step(code, "child.protection", Transition.RECORD_BEST_INTERESTS, "Return to parents is in the child's interest");
        f.as("police.officer");
        NrmView closed = nrm.step(code, StepRequest.of(Transition.CLOSE, "Family traced abroad", f.view(code).version())
                .with(new CommandDetails.Closing(CloseReason.TRANSFERRED_ABROAD)));
        assertThat(closed.nrmCase().stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(cases.get(code).status()).isEqualTo(CaseStatus.CLOSED);
        f.as("child.protection");
        assertThatThrownBy(() -> cases.get(code)).isInstanceOf(CaseNotAvailableException.class);
    }

    @Test
    void withdrawingConsentStopsSharingAtOnce() {
        CaseCode code = f.adult("police.officer", "Withdrawing Person");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.as("authority.decider");
        assertThat(cases.get(code).person().name()).isEqualTo("Withdrawing Person");
        f.as("police.officer");
        NrmView withdrawn = consent.withdraw(code, "The person no longer wishes to take part", f.view(code).version());
        assertThat(withdrawn.nrmCase().stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(withdrawn.consents().getLast().withdrawnAt()).isNotNull();
        f.as("authority.decider");
        assertThatThrownBy(() -> cases.get(code)).isInstanceOf(CaseNotAvailableException.class);
    }

    @Test
    void theConclusiveDecisionWaitsForTheEndOfTheRecoveryPeriod() {
        CaseCode code = f.adult("police.officer", "Conclusive Person");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.step(code, "authority.decider", Transition.REASONABLE_GROUNDS_POSITIVE, "Reasonable grounds");
        f.as("authority.decider");
        assertThat(f.view(code).options()).filteredOn(o -> o.transition() == Transition.CONCLUSIVE_POSITIVE)
                .singleElement().satisfies(o -> assertThat(o.refusal().key()).isEqualTo("nrm.refused.recovery-period-running"));
        long version = f.view(code).version();
        assertThatThrownBy(() -> nrm.step(code, StepRequest.of(Transition.CONCLUSIVE_POSITIVE, "Too early", version)))
                .isInstanceOf(RefusedException.class);
        clock.advance(Duration.ofDays(31));
        NrmView identified = f.step(code, "authority.decider", Transition.CONCLUSIVE_POSITIVE, "Balance of probabilities");
        assertThat(identified.nrmCase().stage()).isEqualTo(CaseStage.IDENTIFIED_VICTIM);
    }

    @Test
    void aNegativeDecisionCanBeReconsideredOnceWithinTheWindow() {
        CaseCode code = f.adult("police.officer", "Reconsidered Person");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.step(code, "authority.decider", Transition.REASONABLE_GROUNDS_NEGATIVE, "No indicators of means");
        f.step(code, "police.officer", Transition.REQUEST_RECONSIDERATION, "New evidence of debt bondage");
        NrmView overturned = f.step(code, "authority.decider", Transition.RECONSIDERATION_OVERTURNED, "New evidence");
        assertThat(overturned.nrmCase().stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
        assertThat(overturned.nrmCase().facts().reasonableGrounds().reconsidered()).isTrue();
    }

    @Test
    void consentNeedsAKnownLanguageAndNamedOrganisationsAndSavesNothingOtherwise() {
        CaseCode code = f.adult("ngo.caseworker", "Bad Consent Person");
        f.as("ngo.caseworker");
        long version = f.view(code).version();
        assertThatThrownBy(() -> consent.give(code, new ConsentRequest(Set.of(ConsentScope.SHARING), List.of(),
                "Worker", "ro", false, version, null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("sharingWith"));
        assertThatThrownBy(() -> consent.give(code, new ConsentRequest(Set.of(ConsentScope.REFERRAL), List.of(),
                "Worker", "xx", false, version, null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("language"));
        assertThat(f.view(code).consents()).isEmpty();
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.DETECTED);
    }

    @Test
    void referringWithoutConsentToReferralIsRefusedEvenWithConsentToSharing() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Sharing Only Person");
        f.as("ngo.caseworker");
        consent.give(code, new ConsentRequest(Set.of(ConsentScope.SHARING), List.of(f.org("SHELTER-SAFEHOUSE")),
                "Worker", "ro", false, f.view(code).version(), null));
        assertThatThrownBy(() -> f.refer(code, "ngo.caseworker", "CA-NRM"))
                .isInstanceOfSatisfying(RefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("nrm.refused.consent-scope-referral"));
        assertThat(f.view(code).nrmCase().stage()).isEqualTo(CaseStage.CONSENTED);
    }

    @Test
    void onlyAnOrganisationPolicyLetsDecideCanBeChosenAsTheAuthority() {
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Wrong Authority Person");
        f.consent(code, "ngo.caseworker");
        assertThatThrownBy(() -> f.refer(code, "ngo.caseworker", "NGO-NORTHSTAR"))
                .isInstanceOfSatisfying(RefusedException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("nrm.refused.authority-cannot-decide"));
        f.as("ngo.caseworker");
        assertThat(nrm.deciders()).extracting(o -> o.code()).contains("CA-NRM", "POL-CENTRAL", "LAB-INSP")
                .doesNotContain("NGO-NORTHSTAR", "SHELTER-SAFEHOUSE");
    }

    @Test
    void rolesWithoutAPartInTheMechanismAreRefusedEverything() {
        CaseCode code = f.adult("ngo.caseworker", "Roles Person");
        for (String user : List.of("coordinator", "admin", "dpo", "shelter.provider")) {
            f.as(user);
            assertThatThrownBy(() -> nrm.view(code)).isInstanceOf(CaseNotAvailableException.class);
        }
        f.as("ngo.caseworker");
        assertThatThrownBy(() -> nrm.queue(0, 10)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        f.as("police.officer");
        assertThat(nrm.queue(0, 10)).isNotNull();
    }
}
