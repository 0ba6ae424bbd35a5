package org.ariadne.support;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ariadne.cases.CaseAccess;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseService;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.Message;
import org.ariadne.common.RefusedException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.ConsentRecord;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.StepRequest;
import org.ariadne.referrals.StepRoles;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.ConsentStatus;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.support.internal.FeedbackStore;
import org.ariadne.support.internal.ReferralStore;
import org.ariadne.support.internal.StoredReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service referrals on the case's side, for the UI, the API and jobs alike. A referral is a step on
 * the referral mechanism (so national policy, consent and the stage are checked there and named
 * when they refuse); for an adult, the person's consent must also cover sharing with the provider.
 * Only caseworkers of the organisation holding the case refer, revoke, rate and record feedback;
 * every reader of the case sees its referrals. Nothing here reads co-operation with law enforcement.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SupportService {

    /** The actor types that provide services and may receive referrals. */
    public static final Set<ActorType> PROVIDER_TYPES = EnumSet.of(ActorType.SERVICE_PROVIDER, ActorType.NGO,
            ActorType.HEALTH, ActorType.SOCIAL_SERVICES, ActorType.CHILD_PROTECTION);
    static final int MAX_NEEDS = 2000;
    static final String STEP_REASON = "#support.reason.referred";

    private final CaseService cases;
    private final NrmService nrm;
    private final ReferralStore store;
    private final FeedbackStore feedback;
    private final OrganisationService organisations;
    private final ReferralValues values;
    private final Handover handover;
    private final ReferralEvents events;
    private final CurrentActor currentActor;
    private final SupportAudit audit;

    SupportService(CaseService cases, NrmService nrm, ReferralStore store, FeedbackStore feedback,
                   OrganisationService organisations, ReferralValues values, Handover handover, ReferralEvents events,
                   CurrentActor currentActor, SupportAudit audit) {
        this.cases = cases;
        this.nrm = nrm;
        this.store = store;
        this.feedback = feedback;
        this.organisations = organisations;
        this.values = values;
        this.handover = handover;
        this.events = events;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Active organisations a person can be referred to for a service. */
    @Transactional(readOnly = true)
    public List<Organisation> providers() {
        return organisations.listActive().stream().filter(o -> PROVIDER_TYPES.contains(o.actorType())).toList();
    }

    /** Refers the person to a provider; the provider hears of it, and sees nothing of the person until it accepts. */
    public ServiceReferral refer(CaseCode code, ReferralRequest request) {
        Actor actor = currentActor.require();
        ServiceType type = Checks.present(request.serviceType(), "serviceType");
        OrganisationId providerId = Checks.present(request.provider(), "provider");
        String needs = Checks.required(request.needs(), "needs", MAX_NEEDS);
        CaseHeader header = cases.header(code, "support.refer");
        if (!StepRoles.may(actor, header.reach(), Transition.REFER_TO_SERVICES)) {
            throw refused(code, Message.of("support.refused.role"), RefusedException.Kind.ROLE);
        }
        Organisation provider = organisations.find(providerId).filter(Organisation::active)
                .filter(o -> PROVIDER_TYPES.contains(o.actorType()))
                .orElseThrow(() -> new InvalidInputException("provider", "support.error.provider"));
        NrmView view = nrm.view(code).orElseThrow(() -> refused(code, Message.of("support.refused.not-on-mechanism"),
                RefusedException.Kind.STATE));
        Optional<Message> consent = consentRefusal(view, provider);
        if (consent.isPresent()) {
            throw refused(code, consent.get(), RefusedException.Kind.STATE);
        }
        // National policy, the stage and consent as such are the mechanism's rules: the step names them.
        nrm.step(code, new StepRequest(Transition.REFER_TO_SERVICES, STEP_REASON, null, "", CommandDetails.NONE,
                view.version(), null));
        StoredReferral stored = store.create(code, header.owner(), provider, type, needs, actor, handover.today(),
                handover.now());
        audit.success("support.refer", stored);
        events.changed("support.refer", stored);
        events.notice(provider.id(), ReferralEvents.RECEIVED, code, actor.organisationId());
        return values.full(stored, null, values.names());
    }

    /** The case's referrals, newest first; reading them is reading the case (checked and audited). */
    @Transactional(readOnly = true)
    public CaseReferrals forCase(CaseCode code) {
        CaseHeader header = cases.header(code, "support.read");
        Actor actor = currentActor.require();
        List<StoredReferral> stored = store.ofCase(code);
        Map<Long, PersonFeedback> given = feedback.of(stored.stream().map(StoredReferral::id).toList());
        Function<OrganisationId, String> names = values.names();
        return new CaseReferrals(code, stored.stream().map(r -> values.full(r, given.get(r.id()), names)).toList(),
                StepRoles.may(actor, header.reach(), Transition.REFER_TO_SERVICES));
    }

    /** Ends the referral; a provider that had accepted loses its access at once. */
    public ServiceReferral revoke(ServiceReferralId id, long expectedVersion) {
        Actor actor = currentActor.require();
        StoredReferral referral = managed(id, "support.revoke", actor);
        handover.check("support.revoke", referral, expectedVersion, ReferralFlow.Action.REVOKE);
        return full(handover.revoke(referral, expectedVersion, RevocationCause.BY_CASEWORKER, actor.organisationId()));
    }

    /** The caseworker's rating of the service, 1 (poor) to 5 (excellent), once delivery has started. */
    public ServiceReferral rate(ServiceReferralId id, long expectedVersion, @Nullable Integer rating) {
        int checked = rating(rating);
        Actor actor = currentActor.require();
        StoredReferral referral = managed(id, "support.rate", actor);
        handover.check("support.rate", referral, expectedVersion, ReferralFlow.Action.RATE);
        StoredReferral after = store.rated(referral.id(), expectedVersion, checked, handover.now());
        audit.success("support.rate", after);
        events.changed("support.rate", after);
        return full(after);
    }

    /** The person's own anonymous feedback on the service, with their consent; once per referral. */
    public ServiceReferral recordFeedback(ServiceReferralId id, FeedbackRequest request) {
        if (!request.personConsents()) {
            throw new InvalidInputException("personConsents", "support.error.feedback-consent");
        }
        int rating = rating(request.rating());
        var needsMet = Checks.present(request.needsMet(), "needsMet");
        Actor actor = currentActor.require();
        StoredReferral referral = managed(id, "support.feedback", actor);
        handover.allowed("support.feedback", referral, ReferralFlow.Action.FEEDBACK);
        if (feedback.of(referral.id()).isPresent()) {
            audit.denied("support.feedback", referral, "support.refused.feedback-given");
            throw new RefusedException(RefusedException.Kind.STATE, Message.of("support.refused.feedback-given"));
        }
        var given = new PersonFeedback(rating, needsMet, YearMonth.from(handover.today()));
        feedback.add(referral.id(), given);
        audit.success("support.feedback", referral);
        events.feedback(referral, given);
        return full(referral);
    }

    /**
     * A referral the caller may change: made by their own organisation, and they are one of its
     * caseworkers. Anything else is answered as unknown, and audited.
     */
    private StoredReferral managed(ServiceReferralId id, String action, Actor actor) {
        StoredReferral referral = store.find(id.value()).orElse(null);
        if (referral == null) {
            audit.notFound(action, id.value());
            throw new ServiceReferralNotAvailableException();
        }
        if (!CaseAccess.mayEdit(actor, referral.owner())) {
            audit.denied(action, referral, "");
            throw new ServiceReferralNotAvailableException();
        }
        return referral;
    }

    /**
     * For an adult, the latest consent must name the provider among the organisations their data may
     * be shared with. Where no consent is in force at all, the mechanism's own rule refuses the step.
     */
    private static Optional<Message> consentRefusal(NrmView view, Organisation provider) {
        if (view.nrmCase().facts().child()) {
            return Optional.empty();
        }
        List<ConsentRecord> consents = view.consents();
        boolean covered = !consents.isEmpty() && consents.getLast().allowsSharingWith(provider.id());
        if (covered || view.nrmCase().facts().consent() != ConsentStatus.GIVEN) {
            return Optional.empty();
        }
        return Optional.of(Message.of("support.refused.consent-sharing", provider.name()));
    }

    private RefusedException refused(CaseCode code, Message rule, RefusedException.Kind kind) {
        audit.deniedOnCase("support.refer", code, rule.key());
        return new RefusedException(kind, rule);
    }

    private ServiceReferral full(StoredReferral referral) {
        return values.full(referral, feedback.of(referral.id()).orElse(null), values.names());
    }

    private static int rating(@Nullable Integer rating) {
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInputException("rating", "support.error.rating");
        }
        return rating;
    }
}
