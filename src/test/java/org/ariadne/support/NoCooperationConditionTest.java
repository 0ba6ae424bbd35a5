package org.ariadne.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.StepRequest;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.CompensationStatus;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Whatever co-operation with law enforcement is recorded (yes, no, declined, not asked), a person
 * is referred to services, and the provider accepts and sees them, in exactly the same way.
 */
@IntegrationTest
class NoCooperationConditionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NrmService nrm;

    @ParameterizedTest
    @EnumSource(Cooperation.class)
    void referralAndAcceptanceAreTheSameWhateverCooperationIsRecorded(Cooperation cooperation) {
        var f = SupportFixture.of(context);
        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.consentingAdult("ngo.caseworker", "Cooperation Person " + cooperation.ordinal(),
                SupportFixture.SHELTER);
        f.as("ngo.caseworker");
        nrm.step(code, StepRequest.of(Transition.RECORD_CRIMINAL_JUSTICE, "Recorded after the interview",
                f.nrm().view(code).version()).with(new CommandDetails.JusticeUpdate(new JusticeFacts(cooperation,
                false, false, CompensationStatus.NONE))));
        assertThat(f.nrm().view(code).nrmCase().justice().cooperation()).isEqualTo(cooperation);

        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        assertThat(referral.status()).isEqualTo(ServiceReferralStatus.PENDING);
        ProviderReferral accepted = f.accept(referral);
        assertThat(accepted.referral().status()).isEqualTo(ServiceReferralStatus.ACCEPTED);
        assertThat(accepted.recipient()).isNotNull();
        assertThat(accepted.recipient().name()).isEqualTo("Cooperation Person " + cooperation.ordinal());
        assertThat(accepted.needs()).isEqualTo(SupportFixture.NEEDS);
    }
}
