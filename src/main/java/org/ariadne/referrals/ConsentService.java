package org.ariadne.referrals;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseService;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.Message;
import org.ariadne.common.RefusedException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.internal.ConsentStore;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.Transition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Informed consent of an adult: given with its scopes, refused with the reasons given, withdrawn.
 * Each is recorded together with its step on the mechanism, in one transaction, so a refused step
 * leaves no consent record behind. Withdrawal ends every sharing of the case at once.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ConsentService {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final CaseService cases;
    private final NrmService nrm;
    private final NrmEngine engine;
    private final NrmStore store;
    private final ConsentStore consents;
    private final OrganisationService organisations;
    private final CurrentActor currentActor;
    private final Clock clock;

    ConsentService(CaseService cases, NrmService nrm, NrmEngine engine, NrmStore store, ConsentStore consents,
                   OrganisationService organisations, CurrentActor currentActor, Clock clock) {
        this.cases = cases;
        this.nrm = nrm;
        this.engine = engine;
        this.store = store;
        this.consents = consents;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Records consent; on an anonymous notification it upgrades it into a referral to the given
     * authority without re-keying anything (the identity is then to be recorded on the case).
     */
    public NrmView give(CaseCode code, ConsentRequest request) {
        Actor actor = currentActor.require();
        String explainedBy = Checks.required(request.explainedBy(), "explainedBy", 120);
        String language = language(request.language());
        if (!request.scopes().contains(ConsentScope.REFERRAL) && !request.scopes().contains(ConsentScope.SHARING)) {
            throw new InvalidInputException("scopes", "nrm.error.consent-scopes");
        }
        List<OrganisationId> sharingWith = sharingWith(request);
        CaseHeader header = cases.header(code, "referral.read");
        boolean upgrade = stage(code) == CaseStage.ANONYMOUS_NOTIFICATION;
        consents.add(code, true, request.scopes(), sharingWith, Set.of(), explainedBy, language, request.interpreter(),
                actor.username(), clock.instant());
        var step = new StepRequest(upgrade ? Transition.UPGRADE_TO_REFERRAL : Transition.GIVE_CONSENT,
                "#nrm.reason.consent-given", null, "", CommandDetails.NONE,
                request.expectedVersion(), request.authority());
        engine.take(header, actor, step);
        return nrm.view(code).orElseThrow();
    }

    /** Records that an adult declined referral, and sends an anonymous notification if asked and allowed. */
    public NrmView refuse(CaseCode code, RefusalRequest request) {
        Actor actor = currentActor.require();
        String explainedBy = Checks.required(request.explainedBy(), "explainedBy", 120);
        String language = language(request.language());
        CaseHeader header = cases.header(code, "referral.read");
        if (!StepRoles.may(actor, header.reach(), Transition.GIVE_CONSENT)) {
            throw new AccessDeniedException("caseworkers of the case only");
        }
        var loaded = store.load(code).orElseThrow(() -> refused(Message.of("nrm.refused.not-on-mechanism")));
        if (loaded.nrmCase().facts().child()) {
            throw refused(Message.of("nrm.refused.child-needs-no-consent"));
        }
        if (loaded.nrmCase().stage() != CaseStage.DETECTED) {
            throw refused(Message.of("nrm.refused.stage", Message.of("nrm.consent.refuse"),
                    Message.of(loaded.nrmCase().stage().messageKey())));
        }
        consents.add(code, false, Set.of(), List.of(), request.barriers(), explainedBy, language,
                request.interpreter(), actor.username(), clock.instant());
        if (request.notifyAnonymously()) {
            String reason = request.reason().isBlank() ? "#nrm.reason.consent-refused" : request.reason();
            engine.take(header, actor, new StepRequest(Transition.NOTIFY_ANONYMOUSLY,
                    Checks.required(reason, "reason", NrmService.MAX_REASON), null, "",
                    CommandDetails.NONE, request.expectedVersion(), null));
        } else {
            engine.republish(code, actor, Transition.GIVE_CONSENT);
        }
        return nrm.view(code).orElseThrow();
    }

    /** Withdraws consent: sharing stops at once; after referral the case is closed. */
    public NrmView withdraw(CaseCode code, String reason, long expectedVersion) {
        Actor actor = currentActor.require();
        String checked = Checks.required(reason, "reason", NrmService.MAX_REASON);
        CaseHeader header = cases.header(code, "referral.read");
        consents.withdraw(code, actor.username(), clock.instant());
        engine.take(header, actor, StepRequest.of(Transition.WITHDRAW_CONSENT, checked, expectedVersion));
        return nrm.view(code).orElseThrow();
    }

    private static RefusedException refused(Message message) {
        return new RefusedException(RefusedException.Kind.STATE, message);
    }

    private CaseStage stage(CaseCode code) {
        return store.load(code).map(l -> l.nrmCase().stage()).orElse(CaseStage.DETECTED);
    }

    private List<OrganisationId> sharingWith(ConsentRequest request) {
        if (!request.scopes().contains(ConsentScope.SHARING)) {
            return List.of();
        }
        if (request.sharingWith().isEmpty()) {
            throw new InvalidInputException("sharingWith", "nrm.error.consent-sharing-organisations");
        }
        for (OrganisationId id : request.sharingWith()) {
            if (organisations.find(id).filter(Organisation::active).isEmpty()) {
                throw new InvalidInputException("sharingWith", "nrm.error.consent-unknown-organisation");
            }
        }
        return request.sharingWith().stream().distinct().toList();
    }

    private static String language(String language) {
        String code = Checks.required(language, "language", 8).toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new InvalidInputException("language", "nrm.error.consent-language");
        }
        return code;
    }
}
