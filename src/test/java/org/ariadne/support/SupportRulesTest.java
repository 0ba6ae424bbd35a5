package org.ariadne.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseNotAvailableException;
import org.ariadne.cases.CaseService;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.Message;
import org.ariadne.common.RefusedException;
import org.ariadne.policy.PolicyPreset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationContext;

/**
 * Who may do what with service referrals, national policy, consent and bad input: each refusal
 * names its rule, changes nothing, and is audited.
 */
@IntegrationTest
class SupportRulesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseService cases;
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

    private long referrals(CaseCode code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM service_referral WHERE case_code = ?", Long.class, code.value());
    }

    private long audited(String action, String objectRef, String outcome, String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_ref = ? AND outcome = ?"
                + " AND username = ?", Long.class, action, objectRef, outcome, username);
    }

    @Test
    void underLawEnforcementDesignatesAnNgoCaseworkerIsRefusedNamingThePolicyAndUnderMultiAgencyAllowed() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Rules One", SupportFixture.SHELTER);
        f.nrm().preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        f.as("ngo.caseworker");
        long version = f.nrm().view(code).version();
        assertThatThrownBy(() -> f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.POLICY);
                    assertThat(e.messageKey()).isEqualTo("nrm.policy.refused.REFER_TO_SERVICES");
                });
        assertThat(referrals(code)).isZero();
        assertThat(f.nrm().view(code).version()).isEqualTo(version);
        assertThat(audited("referral.step", code.value(), "DENIED", "ngo.caseworker")).isEqualTo(1);

        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
        assertThat(f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER).status())
                .isEqualTo(ServiceReferralStatus.PENDING);
    }

    @Test
    void lawEnforcementReferUnderEitherPreset() {
        f.nrm().preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
        CaseCode code = f.consentingAdult("police.officer", "Support Rules Two", SupportFixture.SHELTER);
        assertThat(f.refer(code, "police.officer", ServiceType.MEDICAL, SupportFixture.SHELTER).status())
                .isEqualTo(ServiceReferralStatus.PENDING);
    }

    @Test
    void consentThatDoesNotCoverSharingWithTheProviderIsRefusedAndNothingIsStored() {
        CaseCode elsewhere = f.consentingAdult("ngo.caseworker", "Support Rules Three", "NGO-NORTHSTAR");
        long version = f.nrm().view(elsewhere).version();
        assertThatThrownBy(() -> f.refer(elsewhere, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("support.refused.consent-sharing");
                    assertThat(e.arguments()).containsExactly("Safe House Shelter");
                });
        assertThat(referrals(elsewhere)).isZero();
        assertThat(f.nrm().view(elsewhere).version()).isEqualTo(version);
        assertThat(audited("support.refer", elsewhere.value(), "DENIED", "ngo.caseworker")).isEqualTo(1);
        // the organisation the person did name is fine
        assertThat(f.refer(elsewhere, "ngo.caseworker", ServiceType.LEGAL_AID, "NGO-NORTHSTAR").providerName())
                .isEqualTo("North Star Association");

        CaseCode referralOnly = f.consentingAdult("ngo.caseworker", "Support Rules Four");
        assertThatThrownBy(() -> f.refer(referralOnly, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.SHELTER))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("support.refused.consent-sharing"));
        assertThat(referrals(referralOnly)).isZero();
    }

    @Test
    void anAdultWithoutConsentIsRefusedByTheMechanismsOwnRule() {
        CaseCode code = f.nrm().adult("ngo.caseworker", "Support Rules Five");
        assertThatThrownBy(() -> f.refer(code, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.SHELTER))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("nrm.refused.consent-required"));
        assertThat(referrals(code)).isZero();
    }

    @Test
    void badInputIsRefusedOnItsFieldAndChangesNothing() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Rules Six", SupportFixture.SHELTER);
        long version = f.nrm().view(code).version();
        var shelter = f.org(SupportFixture.SHELTER);
        assertField(code, new ReferralRequest(null, shelter, "needs"), "serviceType", "common.error.required");
        assertField(code, new ReferralRequest(ServiceType.MEDICAL, null, "needs"), "provider", "common.error.required");
        assertField(code, new ReferralRequest(ServiceType.MEDICAL, shelter, "   "), "needs", "common.error.required");
        assertField(code, new ReferralRequest(ServiceType.MEDICAL, shelter, "x".repeat(2001)), "needs",
                "common.error.too-long");
        assertField(code, new ReferralRequest(ServiceType.MEDICAL, f.org("POL-CENTRAL"), "needs"), "provider",
                "support.error.provider");
        assertField(code, new ReferralRequest(ServiceType.MEDICAL, new org.ariadne.organisations.OrganisationId(987654),
                "needs"), "provider", "support.error.provider");
        assertThat(referrals(code)).isZero();
        assertThat(f.nrm().view(code).version()).isEqualTo(version);
    }

    private void assertField(CaseCode code, ReferralRequest request, String field, String key) {
        f.as("ngo.caseworker");
        assertThatThrownBy(() -> support.refer(code, request)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aCaseworkerOfAnotherOrganisationCannotReferSeeOrChangeTheReferralsAndIsAudited() {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Rules Seven", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.as("ngo2.caseworker");
        assertThatThrownBy(() -> support.refer(code, new ReferralRequest(ServiceType.MEDICAL,
                f.org(SupportFixture.SHELTER), "needs"))).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> support.forCase(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> support.revoke(referral.id(), referral.version()))
                .isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThatThrownBy(() -> support.rate(referral.id(), referral.version(), 3))
                .isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThat(audited("support.refer", code.value(), "DENIED", "ngo2.caseworker")).isEqualTo(1);
        assertThat(audited("support.read", code.value(), "DENIED", "ngo2.caseworker")).isEqualTo(1);
        assertThat(audited("support.revoke", referral.id().toString(), "DENIED", "ngo2.caseworker")).isEqualTo(1);
        assertThat(referrals(code)).isEqualTo(1);
        assertThat(f.reread(referral, "ngo.caseworker").status()).isEqualTo(ServiceReferralStatus.PENDING);
    }

    @Test
    void anotherProviderGuessingAReferralIdOrTheCaseCodeIsRefusedAndAudited() {
        f.clinic();
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Rules Eight", SupportFixture.SHELTER,
                SupportFixture.CLINIC);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.accept(referral);

        f.as(SupportFixture.CLINIC_USER);
        String id = referral.id().toString();
        assertThatThrownBy(() -> providers.referral(referral.id())).isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThatThrownBy(() -> providers.startDelivery(referral.id(), 1, null))
                .isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThatThrownBy(() -> cases.serviceView(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> support.forCase(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThat(providers.inbox(null, 0, 500)).noneMatch(item -> item.id().equals(referral.id()));
        assertThat(audited("support.read-referral", id, "DENIED", SupportFixture.CLINIC_USER)).isEqualTo(1);
        assertThat(audited("support.start-delivery", id, "DENIED", SupportFixture.CLINIC_USER)).isEqualTo(1);
        assertThat(audited("case.read-service-view", code.value(), "DENIED", SupportFixture.CLINIC_USER)).isEqualTo(1);

        var unknown = new ServiceReferralId(987_654_321L);
        assertThatThrownBy(() -> providers.referral(unknown)).isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThat(audited("support.read-referral", unknown.toString(), "FAILED", SupportFixture.CLINIC_USER))
                .isEqualTo(1);

        // the clinic's own referral on the same case: its own inbox, its own access
        ServiceReferral clinic = f.refer(code, "ngo.caseworker", ServiceType.MEDICAL, SupportFixture.CLINIC);
        f.as(SupportFixture.CLINIC_USER);
        assertThat(providers.inbox(ServiceReferralStatus.PENDING, 0, 500)).anyMatch(i -> i.id().equals(clinic.id()));
        assertThat(providers.accept(clinic.id(), clinic.version()).recipient().name()).isEqualTo("Support Rules Eight");
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "admin", "dpo"})
    void coordinatorAdministratorAndDpoAreRefusedEverything(String username) {
        CaseCode code = f.consentingAdult("ngo.caseworker", "Support Rules Nine", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.as(username);
        assertThatThrownBy(() -> support.refer(code, new ReferralRequest(ServiceType.MEDICAL,
                f.org(SupportFixture.SHELTER), "needs"))).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> support.forCase(code)).isInstanceOf(CaseNotAvailableException.class);
        assertThatThrownBy(() -> providers.inbox(null, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.referral(referral.id()))
                .isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThatThrownBy(() -> providers.accept(referral.id(), referral.version()))
                .isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThatThrownBy(() -> support.revoke(referral.id(), referral.version()))
                .isInstanceOf(ServiceReferralNotAvailableException.class);
        assertThat(audited("support.inbox", "", "DENIED", username)).isPositive();
        assertThat(audited("support.accept", referral.id().toString(), "DENIED", username)).isEqualTo(1);
        assertThat(f.reread(referral, "ngo.caseworker").status()).isEqualTo(ServiceReferralStatus.PENDING);
    }

    @Test
    void theAuthorityReadsAReferredCasesReferralsButDoesNotReferAndCaseworkersHaveNoInbox() {
        CaseCode code = f.consentingAdult("police.officer", "Support Rules Ten", SupportFixture.SHELTER);
        f.refer(code, "police.officer", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.nrm().refer(code, "police.officer", "CA-NRM");
        f.as("authority.decider");
        CaseReferrals seen = support.forCase(code);
        assertThat(seen.referrals()).hasSize(1);
        assertThat(seen.mayManage()).isFalse();
        assertThatThrownBy(() -> support.refer(code, new ReferralRequest(ServiceType.MEDICAL,
                f.org(SupportFixture.SHELTER), "needs"))).isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.ROLE);
                    assertThat(e.message()).isEqualTo(Message.of("support.refused.role"));
                });
        assertThat(referrals(code)).isEqualTo(1);

        f.as("ngo.caseworker");
        assertThatThrownBy(() -> providers.inbox(null, 0, 50)).isInstanceOf(AccessDeniedException.class);
    }
}
