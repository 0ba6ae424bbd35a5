package org.ariadne.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ariadne.SignedIn;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.PersonData;
import org.ariadne.cases.Sex;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cases on the referral mechanism for integration tests, recorded and moved along as the demo users.
 * A class rather than a record so that it can only be had over the application's own services.
 */
public final class NrmFixture {

    private final UserDetailsService users;
    private final CaseService cases;
    private final NrmService nrm;
    private final ConsentService consent;
    private final PolicyService policy;
    private final OrganisationService organisations;

    private NrmFixture(ApplicationContext context) {
        this.users = context.getBean(UserDetailsService.class);
        this.cases = context.getBean(CaseService.class);
        this.nrm = context.getBean(NrmService.class);
        this.consent = context.getBean(ConsentService.class);
        this.policy = context.getBean(PolicyService.class);
        this.organisations = context.getBean(OrganisationService.class);
    }

    /** The fixture over the application's own services. */
    public static NrmFixture of(ApplicationContext context) {
        return new NrmFixture(context);
    }

    public ConsentService consent() {
        return consent;
    }

    public OrganisationService organisations() {
        return organisations;
    }

    public void as(String username) {
        SignedIn.as(users, username);
    }

    public void preset(PolicyPreset preset) {
        as("admin");
        policy.adoptPreset(preset, LocalDate.now());
    }

    public OrganisationId org(String code) {
        return organisations.findByCode(code).orElseThrow().id();
    }

    /** A submitted adult case recorded by the given caseworker. */
    public CaseCode adult(String caseworker, String name) {
        as(caseworker);
        var person = new PersonData(name, null, LocalDate.of(1991, 5, 6), null, false, Sex.FEMALE, List.of("MD"),
                List.of("ro"), Disability.NONE, false, null, "+37360000001");
        return cases.create(new CaseDraft(person, new EncounterData(LocalDate.now().minusDays(3), "Coast", null,
                Channel.OUTREACH), exploitation(), true, 0)).details().code();
    }

    /** A submitted child's case (twelve years old). */
    public CaseCode child(String caseworker, String name) {
        as(caseworker);
        var person = new PersonData(name, null, LocalDate.now().minusYears(12), null, false, Sex.MALE, List.of("UA"),
                List.of("uk"), Disability.NONE, false, null, null);
        return cases.create(new CaseDraft(person, new EncounterData(LocalDate.now().minusDays(1), "Capital", null,
                Channel.BORDER_CHECK), exploitation(), true, 0)).details().code();
    }

    private static ExploitationData exploitation() {
        return new ExploitationData(Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null, null, List.of(),
                List.of(), List.of(), null);
    }

    public NrmView view(CaseCode code) {
        return nrm.view(code).orElseThrow();
    }

    /** Consent to referral and to sharing with the shelter, as the case's caseworker. */
    public NrmView consent(CaseCode code, String caseworker) {
        as(caseworker);
        return consent.give(code, new ConsentRequest(Set.of(ConsentScope.REFERRAL, ConsentScope.SHARING,
                ConsentScope.RESEARCH), List.of(org("SHELTER-SAFEHOUSE")), "Outreach worker on duty", "ro", true,
                view(code).version(), null));
    }

    public NrmView refer(CaseCode code, String caseworker, String authorityCode) {
        as(caseworker);
        return nrm.step(code, StepRequest.of(org.ariadne.referrals.workflow.Transition.REFER_TO_AUTHORITY,
                "Indicators of forced labour seen at outreach", view(code).version()).to(org(authorityCode)));
    }

    public NrmView step(CaseCode code, String username, org.ariadne.referrals.workflow.Transition transition,
                        String reason) {
        as(username);
        return nrm.step(code, StepRequest.of(transition, reason, view(code).version()));
    }
}
