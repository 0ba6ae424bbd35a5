package org.ariadne.support;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationDraft;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.referrals.ConsentRequest;
import org.ariadne.referrals.ConsentScope;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.security.AccountDraft;
import org.ariadne.security.LocalAccountService;
import org.ariadne.security.Role;
import org.springframework.context.ApplicationContext;

/**
 * Service referrals for integration tests, made and answered as the demo users, on top of the
 * referral-mechanism fixture. A second provider (a clinic with its own provider account) is
 * created once, for the tests of one provider guessing another's referrals.
 */
public record SupportFixture(NrmFixture nrm, SupportService support, ProviderService providers,
                             LocalAccountService accounts) {

    public static final String SHELTER = "SHELTER-SAFEHOUSE";
    public static final String CLINIC = "CLINIC-SUPPORT-TEST";
    public static final String CLINIC_USER = "clinic.provider";
    public static final String NEEDS = "Needs a safe bed for two weeks and help with documents";

    /** The fixture over the application's own services. */
    public static SupportFixture of(ApplicationContext context) {
        return new SupportFixture(NrmFixture.of(context), context.getBean(SupportService.class), context.getBean(ProviderService.class),
                context.getBean(LocalAccountService.class));
    }

    public void as(String username) {
        nrm.as(username);
    }

    public OrganisationId org(String code) {
        return nrm.org(code);
    }

    /** The clinic and its provider account, created on first use. */
    public OrganisationId clinic() {
        if (nrm.organisations().findByCode(CLINIC).isEmpty()) {
            as("admin");
            nrm.organisations().create(new OrganisationDraft(CLINIC, "Harbour Street Clinic", ActorType.HEALTH,
                    "Coast", true, 0));
            accounts.create(new AccountDraft(CLINIC_USER, "Clinic Intake", CLINIC, Set.of(Role.SERVICE_PROVIDER), true,
                    "clinic-intake-password-1", 0));
        }
        return org(CLINIC);
    }

    /** An adult case whose person consented to referral and to sharing with the given organisations. */
    public CaseCode consentingAdult(String caseworker, String name, String... sharingWith) {
        CaseCode code = nrm.adult(caseworker, name);
        consent(code, caseworker, sharingWith);
        return code;
    }

    public void consent(CaseCode code, String caseworker, String... sharingWith) {
        as(caseworker);
        List<OrganisationId> organisations = Arrays.stream(sharingWith).map(this::org).toList();
        Set<ConsentScope> scopes = organisations.isEmpty() ? Set.of(ConsentScope.REFERRAL)
                : Set.of(ConsentScope.REFERRAL, ConsentScope.SHARING);
        nrm.consent().give(code, new ConsentRequest(scopes, organisations, "Outreach worker on duty", "ro", false,
                nrm.view(code).version(), null));
    }

    public ServiceReferral refer(CaseCode code, String caseworker, ServiceType type, String providerCode) {
        as(caseworker);
        return support.refer(code, new ReferralRequest(type, org(providerCode), NEEDS));
    }

    /** The referral as the shelter sees it now. */
    public ProviderReferral asShelter(ServiceReferral referral) {
        as("shelter.provider");
        return providers.referral(referral.id());
    }

    public ProviderReferral accept(ServiceReferral referral) {
        as("shelter.provider");
        return providers.accept(referral.id(), providers.referral(referral.id()).referral().version());
    }

    /** The referral as its case's caseworkers see it now. */
    public ServiceReferral reread(ServiceReferral referral, String caseworker) {
        as(caseworker);
        return support.forCase(referral.code()).referrals().stream().filter(r -> r.id().equals(referral.id()))
                .findFirst().orElseThrow();
    }
}
