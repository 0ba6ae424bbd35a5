package org.ariadne.referrals;

import java.util.Comparator;
import java.util.Optional;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.Message;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyService;
import org.ariadne.referrals.internal.ConsentStore;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.FollowUp;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.WorkflowResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a case goes: the organisation that decides on it (named when referring, and only one whose
 * actor type national policy lets take reasonable-grounds decisions) and the child-protection
 * service alerted to a child (the one of the case's region, else the first active one).
 */
@Component
class Routing {

    record Route(@Nullable OrganisationId authority, @Nullable OrganisationId childProtection) {
    }

    private final OrganisationService organisations;
    private final PolicyService policy;
    private final ConsentStore consents;

    Routing(OrganisationService organisations, PolicyService policy, ConsentStore consents) {
        this.organisations = organisations;
        this.policy = policy;
        this.consents = consents;
    }

    static boolean refers(Transition transition) {
        return transition == Transition.REFER_TO_AUTHORITY || transition == Transition.UPGRADE_TO_REFERRAL;
    }

    /** A refusal of where the step would send the case, once the workflow has allowed the step itself. */
    Optional<Message> check(NrmStore.Loaded loaded, WorkflowResult.Applied applied, StepRequest request, Actor actor) {
        if (!refers(request.transition())) {
            return Optional.empty();
        }
        if (!loaded.nrmCase().facts().child() && consents.latest(loaded.code())
                .map(c -> !c.covers(ConsentScope.REFERRAL)).orElse(true)) {
            return Optional.of(Message.of("nrm.refused.consent-scope-referral"));
        }
        Organisation authority = request.authority() == null ? null
                : organisations.find(request.authority()).filter(Organisation::active).orElse(null);
        if (authority == null) {
            return Optional.of(Message.of("nrm.refused.authority-required"));
        }
        if (!policy.inForce().permits(authority.actorType(), NrmFunction.DECIDE_REASONABLE_GROUNDS)) {
            return Optional.of(Message.of("nrm.refused.authority-cannot-decide", authority.name(),
                    Message.of("actor-type." + authority.actorType().name())));
        }
        return Optional.empty();
    }

    Route after(CaseCode code, OrganisationId owner, WorkflowResult.Applied applied,
                @Nullable OrganisationId requestedAuthority, Route current, Actor actor) {
        OrganisationId authority = refers(applied.step().transition()) ? requestedAuthority : current.authority();
        OrganisationId childProtection = current.childProtection();
        if (childProtection == null && applied.followUps().contains(FollowUp.NOTIFY_CHILD_PROTECTION)) {
            childProtection = childProtectionFor(owner).orElse(null);
        }
        return new Route(authority, childProtection);
    }

    private Optional<OrganisationId> childProtectionFor(OrganisationId owner) {
        String region = organisations.find(owner).map(Organisation::region).orElse("");
        return organisations.listActive().stream()
                .filter(o -> o.actorType() == ActorType.CHILD_PROTECTION)
                .min(Comparator.comparing((Organisation o) -> !o.region().equalsIgnoreCase(region))
                        .thenComparing(Organisation::code))
                .map(Organisation::id);
    }
}
