package org.ariadne.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.common.Message;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.CaseTimeline;
import org.ariadne.referrals.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every change of a service referral is on the case's timeline, in order, with who acted and nothing of the notes. */
@IntegrationTest
class SupportTimelineTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    SupportService support;
    @Autowired
    ProviderService providers;

    SupportFixture f;

    @BeforeEach
    void setUp() {
        f = SupportFixture.of(context);
        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
    }

    @Test
    void madeAcceptedDeliveredRatedAndADeclineWithItsReasonFollowEachOtherOnTheTimeline() {
        f.clinic();
        CaseCode code = f.consentingAdult("ngo.caseworker", "Timeline Support Person", SupportFixture.SHELTER,
                SupportFixture.CLINIC);
        ServiceReferral bed = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        ProviderReferral accepted = f.accept(bed);
        ProviderReferral started = providers.startDelivery(bed.id(), accepted.referral().version(), null);
        providers.endDelivery(bed.id(), started.referral().version(), null);
        f.as("ngo.caseworker");
        support.rate(bed.id(), f.reread(bed, "ngo.caseworker").version(), 5);
        ServiceReferral care = f.refer(code, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.CLINIC);
        f.as(SupportFixture.CLINIC_USER);
        providers.decline(care.id(), new DeclineRequest(DeclineReason.CAPACITY, "No doctor until next month",
                providers.referral(care.id()).referral().version()));

        f.as("ngo.caseworker");
        List<TimelineEntry> ours = timeline.of(code).stream()
                .filter(e -> e.title().key().startsWith("support.timeline.")).toList();
        assertThat(ours).extracting(e -> e.title().key()).containsExactly("support.timeline.support.refer",
                "support.timeline.support.accept", "support.timeline.support.start-delivery",
                "support.timeline.support.end-delivery", "support.timeline.support.rate",
                "support.timeline.support.refer", "support.timeline.support.decline");
        assertThat(ours).extracting(TimelineEntry::username).containsExactly("ngo.caseworker", "shelter.provider",
                "shelter.provider", "shelter.provider", "ngo.caseworker", "ngo.caseworker", SupportFixture.CLINIC_USER);
        assertThat(ours.getFirst().title().arguments().getFirst())
                .isEqualTo(Message.of(ServiceType.ACCOMMODATION.messageKey()));
        assertThat(ours.getLast().detail()).isEqualTo(Message.of("support.timeline.because",
                Message.of(DeclineReason.CAPACITY.messageKey())));
        assertThat(ours).allSatisfy(entry -> assertThat(entry.toString())
                .doesNotContain(SupportFixture.NEEDS, "No doctor until next month", "Timeline Support Person"));
    }

    @Test
    void withdrawnConsentRevokesOnTheTimelineAndTheProviderStillCannotReadTheTimeline() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Timeline Revoked Person", SupportFixture.SHELTER);
        ServiceReferral bed = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.accept(bed);
        f.as("ngo.caseworker");
        f.nrm().consent().withdraw(code, "The person no longer wants the shelter", f.nrm().view(code).version());

        List<TimelineEntry> ours = timeline.of(code).stream()
                .filter(e -> e.title().key().startsWith("support.timeline.")).toList();
        assertThat(ours.getLast().title().key()).isEqualTo("support.timeline.support.revoke");
        assertThat(ours.getLast().username()).isEqualTo("ngo.caseworker");
        assertThat(ours.getLast().detail()).isEqualTo(Message.of("support.timeline.because",
                Message.of(RevocationCause.CONSENT_WITHDRAWN.messageKey())));

        f.as("shelter.provider");
        assertThatThrownBy(() -> timeline.of(code)).isInstanceOf(CaseNotAvailableException.class);
    }
}
