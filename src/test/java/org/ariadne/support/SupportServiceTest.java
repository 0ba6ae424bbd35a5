package org.ariadne.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.Notice;
import org.ariadne.common.RefusedException;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.StepRequest;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.support.ServiceFeedbackGiven.NeedsMet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A service referral's whole hand-over in the service layer: real database, security, policy, sharing and audit. */
@IntegrationTest
@RecordApplicationEvents
class SupportServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseService cases;
    @Autowired
    NrmService nrm;
    @Autowired
    ConsentService consent;
    @Autowired
    SupportService support;
    @Autowired
    ProviderService providers;
    @Autowired
    StatisticsKeys keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    SupportFixture f;

    @BeforeEach
    void setUp() {
        f = SupportFixture.of(context);
        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
    }

    @Test
    void theShelterSeesNothingUntilItAcceptsAndThenOnlyWhatTheServiceNeeds() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person One", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        assertThat(referral.status()).isEqualTo(ServiceReferralStatus.PENDING);
        assertThat(referral.needs()).isEqualTo(SupportFixture.NEEDS);
        var afterStep = f.nrm().view(code);
        assertThat(afterStep.nrmCase().history().getLast().transition()).isEqualTo(Transition.REFER_TO_SERVICES);
        assertThat(afterStep.nrmCase().facts().assistance()).isEqualTo(AssistanceStatus.ACTIVE);

        ProviderReferral before = f.asShelter(referral);
        assertThat(before.recipient()).isNull();
        assertThat(before.needs()).isNull();
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(providers.inbox(null, 0, 500)).anySatisfy(item -> {
            assertThat(item.id()).isEqualTo(referral.id());
            assertThat(item.referringOrganisation()).isEqualTo("Harbour Outreach");
        });

        ProviderReferral accepted = f.accept(referral);
        assertThat(accepted.referral().status()).isEqualTo(ServiceReferralStatus.ACCEPTED);
        assertThat(accepted.recipient()).isNotNull();
        assertThat(accepted.recipient().name()).isEqualTo("Support Person One");
        assertThat(accepted.recipient().contact()).isEqualTo("+37360000001");
        assertThat(accepted.needs()).isEqualTo(SupportFixture.NEEDS);
        // never the case itself: not its details, its mechanism state nor its referrals
        assertThatThrownBy(() -> cases.get(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> nrm.view(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> support.forCase(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_referral WHERE case_code = ? AND needs_enc LIKE ?",
                Long.class, code.value(), "%safe bed%")).isZero();
    }

    @Test
    void deliveryThenTheCaseworkersRatingAndThePersonsConsentedFeedbackThenAccessEndsWithCompletion() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person Two", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.PSYCHOLOGICAL, SupportFixture.SHELTER);
        long accepted = f.accept(referral).referral().version();

        f.as("ngo.caseworker");
        assertThatThrownBy(() -> support.rate(referral.id(), accepted, 4))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.refused.not-delivered"));

        f.as("shelter.provider");
        assertThatThrownBy(() -> providers.startDelivery(referral.id(), accepted, LocalDate.now().plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
        ProviderReferral delivering = providers.startDelivery(referral.id(), accepted, null);
        assertThat(delivering.referral().status()).isEqualTo(ServiceReferralStatus.DELIVERING);
        assertThat(delivering.referral().deliveryStart()).isEqualTo(LocalDate.now());
        assertThat(delivering.recipient()).isNotNull();

        f.as("ngo.caseworker");
        long version = f.reread(referral, "ngo.caseworker").version();
        assertThatThrownBy(() -> support.rate(referral.id(), version, 6))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rating"));
        ServiceReferral rated = support.rate(referral.id(), version, 4);
        assertThat(rated.caseworkerRating()).isEqualTo(4);
        assertThatThrownBy(() -> support.recordFeedback(referral.id(), new FeedbackRequest(5, NeedsMet.YES, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("personConsents"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_feedback WHERE referral_id = ?", Long.class,
                referral.id().value())).isZero();
        ServiceReferral withFeedback = support.recordFeedback(referral.id(), new FeedbackRequest(5, NeedsMet.PARTLY,
                true));
        assertThat(withFeedback.feedback()).isNotNull();
        assertThat(withFeedback.feedback().needsMet()).isEqualTo(NeedsMet.PARTLY);
        assertThatThrownBy(() -> support.recordFeedback(referral.id(), new FeedbackRequest(1, NeedsMet.NO, true)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.refused.feedback-given"));

        f.as("shelter.provider");
        ProviderReferral completed = providers.endDelivery(referral.id(), rated.version(), null);
        assertThat(completed.referral().status()).isEqualTo(ServiceReferralStatus.COMPLETED);
        assertThat(completed.recipient()).isNull();
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
        ServiceReferral done = f.reread(referral, "ngo.caseworker");
        assertThat(done.deliveryEnd()).isEqualTo(LocalDate.now());
        assertThat(done.caseworkerRating()).isEqualTo(4);
    }

    @Test
    void aDeclineNeedsAReasonNeverGivesAccessAndTellsTheReferringOrganisation() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person Three", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.SPECIALISED_SHELTER,
                SupportFixture.SHELTER);
        f.as("shelter.provider");
        assertThatThrownBy(() -> providers.decline(referral.id(), new DeclineRequest(null, "", referral.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        ProviderReferral declined = providers.decline(referral.id(), new DeclineRequest(DeclineReason.CAPACITY,
                "Full until the end of the month", referral.version()));
        assertThat(declined.referral().status()).isEqualTo(ServiceReferralStatus.DECLINED);
        assertThat(declined.recipient()).isNull();
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> providers.accept(referral.id(), declined.referral().version()))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.refused.status"));

        ServiceReferral seen = f.reread(referral, "ngo.caseworker");
        assertThat(seen.declineReason()).isEqualTo(DeclineReason.CAPACITY);
        assertThat(seen.declineNote()).isEqualTo("Full until the end of the month");
        assertThat(events.stream(Notice.class)).contains(new Notice(f.org("NGO-HARBOUR").value(),
                "service-referral-answered", code.value()));
    }

    @Test
    void revocationByTheCaseworkerEndsTheProvidersAccessAtOnceAndAStaleVersionIsAConflict() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person Four", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.SHELTER);
        f.accept(referral);
        f.as("ngo.caseworker");
        assertThatThrownBy(() -> support.revoke(referral.id(), referral.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(f.reread(referral, "ngo.caseworker").status()).isEqualTo(ServiceReferralStatus.ACCEPTED);

        ServiceReferral revoked = support.revoke(referral.id(), f.reread(referral, "ngo.caseworker").version());
        assertThat(revoked.status()).isEqualTo(ServiceReferralStatus.REVOKED);
        assertThat(revoked.revokedBecause()).isEqualTo(RevocationCause.BY_CASEWORKER);
        assertThat(f.asShelter(referral).recipient()).isNull();
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(events.stream(Notice.class)).contains(new Notice(f.org(SupportFixture.SHELTER).value(),
                "service-referral-revoked", code.value()));
    }

    @Test
    void twoSimultaneousAnswersOneWinsTheOtherGetsAConflict() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person Five", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.LEGAL_AID, SupportFixture.SHELTER);
        f.as("shelter.provider");
        long seen = providers.referral(referral.id()).referral().version();
        providers.accept(referral.id(), seen);
        assertThatThrownBy(() -> providers.decline(referral.id(), new DeclineRequest(DeclineReason.OTHER, "", seen)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.error.conflict"));
        assertThat(providers.referral(referral.id()).referral().status()).isEqualTo(ServiceReferralStatus.ACCEPTED);
    }

    @Test
    void withdrawnConsentRevokesEveryOpenReferralAndEndsAccessAtOnce() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person Six", SupportFixture.SHELTER);
        ServiceReferral accommodation = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION,
                SupportFixture.SHELTER);
        ServiceReferral medical = f.refer(code, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.SHELTER);
        f.accept(accommodation);
        f.as("shelter.provider");
        assertThat(cases.serviceView(code).name()).isEqualTo("Support Person Six");

        f.as("ngo.caseworker");
        consent.withdraw(code, "The person no longer wishes to be helped", f.nrm().view(code).version());
        assertThat(f.reread(accommodation, "ngo.caseworker").revokedBecause()).isEqualTo(
                RevocationCause.CONSENT_WITHDRAWN);
        assertThat(f.reread(medical, "ngo.caseworker").status()).isEqualTo(ServiceReferralStatus.REVOKED);
        f.as("shelter.provider");
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(providers.referral(accommodation.id()).recipient()).isNull();
        assertThat(events.stream(ServiceReferralChanged.class).filter(e -> e.status() == ServiceReferralStatus.REVOKED))
                .hasSize(2);
    }

    @Test
    void aChildNeedsNoConsentAndClosingTheCaseRevokesItsReferrals() {
        f.nrm().preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        CaseCode code = f.nrm().child("police.officer", "Support Person Seven");
        ServiceReferral referral = f.refer(code, "police.officer", ServiceType.SPECIALISED_SHELTER,
                SupportFixture.SHELTER);
        assertThat(f.accept(referral).recipient().child()).isTrue();

        f.as("police.officer");
        nrm.step(code, StepRequest.of(Transition.CLOSE, "Contact lost after transfer", f.nrm().view(code).version())
                .with(new CommandDetails.Closing(CloseReason.LOST_CONTACT)));
        assertThat(f.reread(referral, "police.officer").revokedBecause()).isEqualTo(RevocationCause.CASE_CLOSED);
        f.as("shelter.provider");
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
    }

    @Test
    void everyChangeIsPublishedForStatisticsWithKeyedReferencesAndTheProviderIsTold() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Person Eight", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.INTERPRETATION, SupportFixture.SHELTER);
        long accepted = f.accept(referral).referral().version();
        f.as("shelter.provider");
        long delivering = providers.startDelivery(referral.id(), accepted, null).referral().version();
        f.as("ngo.caseworker");
        long rated = support.rate(referral.id(), delivering, 3).version();
        support.recordFeedback(referral.id(), new FeedbackRequest(4, NeedsMet.YES, true));
        f.as("shelter.provider");
        providers.endDelivery(referral.id(), rated, null);

        String caseKey = keys.caseKey(code);
        String referralKey = keys.recordKey("referral", referral.id().value());
        assertThat(caseKey).doesNotContain(code.value());
        var changes = events.stream(ServiceReferralChanged.class).filter(e -> e.referralKey().equals(referralKey))
                .toList();
        assertThat(changes).extracting(ServiceReferralChanged::status).containsExactly(ServiceReferralStatus.PENDING,
                ServiceReferralStatus.ACCEPTED, ServiceReferralStatus.DELIVERING, ServiceReferralStatus.DELIVERING,
                ServiceReferralStatus.COMPLETED);
        assertThat(changes).allSatisfy(e -> {
            assertThat(e.caseKey()).isEqualTo(caseKey);
            assertThat(e.serviceType()).isEqualTo(ServiceType.INTERPRETATION);
            assertThat(e.referringActorType()).isEqualTo(ActorType.NGO);
            assertThat(e.providerActorType()).isEqualTo(ActorType.SERVICE_PROVIDER);
            assertThat(e.referredOn()).isEqualTo(LocalDate.now());
        });
        assertThat(changes.getLast().caseworkerRating()).isEqualTo(3);
        assertThat(changes.getLast().deliveryEnd()).isEqualTo(LocalDate.now());
        assertThat(events.stream(ServiceFeedbackGiven.class).filter(e -> e.referralKey().equals(referralKey)))
                .singleElement().satisfies(e -> {
                    assertThat(e.caseKey()).isEqualTo(caseKey);
                    assertThat(e.rating()).isEqualTo(4);
                    assertThat(e.needsMet()).isEqualTo(NeedsMet.YES);
                    assertThat(e.month()).isEqualTo(java.time.YearMonth.now());
                });
        assertThat(events.stream(Notice.class)).contains(
                new Notice(f.org(SupportFixture.SHELTER).value(), "service-referral-received", code.value()),
                new Notice(f.org("NGO-HARBOUR").value(), "service-referral-answered", code.value()));
    }
}
