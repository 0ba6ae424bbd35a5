package org.ariadne.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.internal.AccessGrants;
import org.ariadne.cases.internal.AssessmentStore;
import org.ariadne.cases.internal.CaseListQuery;
import org.ariadne.cases.internal.CaseShareStore;
import org.ariadne.cases.internal.CaseStore;
import org.ariadne.indicators.AgeGroup;
import org.ariadne.indicators.AssessmentResult;
import org.ariadne.indicators.IndicatorService;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.policy.PolicyService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases, for the UI, the API and jobs alike: every call checks the role and the object-level rule
 * ({@link CaseAccess}), every read and change is audited, and a refusal is audited too.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CaseService {

    static final String OBJECT = "case";
    static final Duration BREAK_GLASS = Duration.ofHours(1);
    static final int MIN_REASON = 15;

    private final CaseStore store;
    private final AccessGrants grants;
    private final AssessmentStore assessments;
    private final IndicatorService indicators;
    private final CaseListQuery listQuery;
    private final CaseShareStore shares;
    private final CaseEvents events;
    private final PolicyService policy;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    CaseService(CaseStore store, AccessGrants grants, AssessmentStore assessments, IndicatorService indicators,
                CaseListQuery listQuery, CaseShareStore shares, CaseEvents events, PolicyService policy,
                CurrentActor currentActor, AuditTrail audit, Clock clock) {
        this.store = store;
        this.grants = grants;
        this.assessments = assessments;
        this.indicators = indicators;
        this.listQuery = listQuery;
        this.shares = shares;
        this.events = events;
        this.policy = policy;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    public SavedCase create(CaseDraft draft) {
        Actor actor = currentActor.require();
        if (!CaseAccess.mayCreate(actor)) {
            audit.record(AuditEvent.denied("case.create", OBJECT, ""));
            throw new AccessDeniedException("may not create cases");
        }
        LocalDate today = LocalDate.now(clock);
        CaseRules.check(draft, today);
        CaseStore.Stored stored = store.create(draft, actor, isChild(draft, today), clock.instant(), false);
        audit.record(AuditEvent.success("case.create", OBJECT, stored.details().code().value()));
        events.saved(stored.details(), true, actor);
        return new SavedCase(stored.details(),
                store.sameIdentity(actor.organisationId(), draft.person(), stored.details().code()));
    }

    @Transactional(readOnly = true)
    public CaseDetails get(CaseCode code) {
        Actor actor = currentActor.require();
        var owner = store.ownerOf(code).orElse(null);
        if (owner == null) {
            audit.record(new AuditEvent("case.read", OBJECT, code.value(), AuditOutcome.FAILED, "not found"));
            throw new CaseNotAvailableException();
        }
        // Decide before decrypting anything.
        CaseHeader.Reach reach = reach(actor, code, owner);
        if (reach == null) {
            audit.record(AuditEvent.denied("case.read", OBJECT, code.value()));
            throw new CaseNotAvailableException();
        }
        audit.record(new AuditEvent("case.read", OBJECT, code.value(), AuditOutcome.SUCCESS,
                switch (reach) {
                    case OWNER -> "";
                    case BREAK_GLASS -> "break-glass";
                    case AUTHORITY -> "referred";
                    case CHILD_PROTECTION -> "child-protection";
                }));
        return store.find(code).orElseThrow().details();
    }

    /**
     * Checks that the caller may read the case (as {@link #get}) and answers what other features
     * need to act on it, without decrypting anything. The read is audited under the given action.
     */
    @Transactional(readOnly = true)
    public CaseHeader header(CaseCode code, String action) {
        Actor actor = currentActor.require();
        var owner = store.ownerOf(code).orElse(null);
        CaseHeader.Reach reach = owner == null ? null : reach(actor, code, owner);
        if (reach == null) {
            audit.record(new AuditEvent(action, OBJECT, code.value(), owner == null ? AuditOutcome.FAILED
                    : AuditOutcome.DENIED, owner == null ? "not found" : ""));
            throw new CaseNotAvailableException();
        }
        audit.record(AuditEvent.success(action, OBJECT, code.value()));
        return store.header(code, reach).orElseThrow();
    }

    /**
     * What a service provider may see of the person, only through an active service referral
     * to the caller's organisation. Audited like any read.
     */
    @Transactional(readOnly = true)
    public ServiceRecipient serviceView(CaseCode code) {
        Actor actor = currentActor.require();
        boolean exists = store.ownerOf(code).isPresent();
        if (!exists || !CaseAccess.mayServe(actor, shares.active(code, actor.organisationId()))) {
            audit.record(new AuditEvent("case.read-service-view", OBJECT, code.value(), exists ? AuditOutcome.DENIED
                    : AuditOutcome.FAILED, exists ? "" : "not found"));
            throw new CaseNotAvailableException();
        }
        audit.record(AuditEvent.success("case.read-service-view", OBJECT, code.value()));
        CaseStore.Stored stored = store.find(code).orElseThrow();
        CaseDetails d = stored.details();
        PersonData p = d.person();
        LocalDate today = LocalDate.now(clock);
        return new ServiceRecipient(d.code(), p.name(), p.aliases(), AgeRule.ageAt(p.dateOfBirth(), p.estimatedAge(),
                today), d.child(), p.sex(), p.languages(), p.citizenships(), p.disability(), p.pregnant(), p.contact(),
                d.organisationName());
    }

    public SavedCase update(CaseCode code, CaseDraft draft) {
        Actor actor = currentActor.require();
        var owner = store.ownerOf(code).orElse(null);
        if (owner == null || !CaseAccess.mayEdit(actor, owner)) {
            audit.record(new AuditEvent("case.update", OBJECT, code.value(),
                    owner == null ? AuditOutcome.FAILED : AuditOutcome.DENIED, owner == null ? "not found" : ""));
            throw new CaseNotAvailableException();
        }
        LocalDate today = LocalDate.now(clock);
        CaseRules.check(draft, today);
        boolean wasDraft = store.statusOf(code).orElseThrow() == CaseStatus.DRAFT;
        CaseStore.Stored stored = store.update(code, draft, isChild(draft, today), clock.instant());
        audit.record(AuditEvent.success("case.update", OBJECT, code.value()));
        events.saved(stored.details(), wasDraft && stored.details().status() != CaseStatus.DRAFT, actor);
        return new SavedCase(stored.details(), store.sameIdentity(owner, draft.person(), code));
    }

    /**
     * Records an indicator assessment on the case with the catalogue version given (the one the
     * screen showed), as the person is now: a child or disputed age is assessed as a child.
     */
    public AssessmentRecord assess(CaseCode code, String catalogueCode, List<String> ticked) {
        Actor actor = currentActor.require();
        var owner = store.ownerOf(code).orElse(null);
        if (owner == null || !CaseAccess.mayEdit(actor, owner)) {
            audit.record(new AuditEvent("case.assess", OBJECT, code.value(),
                    owner == null ? AuditOutcome.FAILED : AuditOutcome.DENIED, ""));
            throw new CaseNotAvailableException();
        }
        CaseDetails details = store.find(code).orElseThrow().details();
        AgeGroup age = details.child() ? AgeGroup.CHILD : AgeGroup.ADULT;
        AssessmentResult result = indicators.evaluate(catalogueCode, age, ticked);
        indicators.markInUse(catalogueCode);
        assessments.add(code, result, ticked, actor, clock.instant());
        audit.record(AuditEvent.success("case.assess", OBJECT, code.value()));
        return assessments.of(code).getFirst();
    }

    /** The case's assessments, newest first; reading them is reading the case. */
    @Transactional(readOnly = true)
    public List<AssessmentRecord> assessments(CaseCode code) {
        Actor actor = currentActor.require();
        var owner = store.ownerOf(code).orElse(null);
        if (owner == null || reach(actor, code, owner) == null) {
            audit.record(AuditEvent.denied("case.read-assessments", OBJECT, code.value()));
            throw new CaseNotAvailableException();
        }
        return assessments.of(code);
    }

    /**
     * Break-glass: a caseworker or decision maker opens a case outside their scope by stating a
     * reason; the access lasts one hour, is audited and is listed for the DPO.
     */
    public BreakGlassGrant breakGlass(CaseCode code, String reason) {
        Actor actor = currentActor.require();
        String checked = Checks.required(reason, "reason", 500);
        if (checked.length() < MIN_REASON) {
            throw new InvalidInputException("reason", "cases.error.reason-too-short", MIN_REASON);
        }
        if (!CaseAccess.mayBreakGlass(actor) || store.ownerOf(code).isEmpty()) {
            audit.record(AuditEvent.denied("case.break-glass", OBJECT, code.value()));
            throw new CaseNotAvailableException();
        }
        var now = clock.instant();
        long id = grants.grant(code, actor, checked, now, now.plus(BREAK_GLASS));
        audit.record(new AuditEvent("case.break-glass", OBJECT, code.value(), AuditOutcome.SUCCESS, "grant " + id));
        return new BreakGlassGrant(code, actor.username(), actor.organisation().code(), checked, now,
                now.plus(BREAK_GLASS));
    }

    /** Recent break-glass grants with their reasons, for the data protection officer. */
    @PreAuthorize("hasRole('DPO')")
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> breakGlassLog() {
        return grants.recent(200);
    }

    /** Whether the caller may change this case (to offer the action at all; the change checks again). */
    @Transactional(readOnly = true)
    public boolean mayEdit(CaseCode code) {
        return currentActor.find().flatMap(actor -> store.ownerOf(code).map(owner -> CaseAccess.mayEdit(actor, owner)))
                .orElse(false);
    }

    /**
     * The caller's organisation's cases; never another organisation's. Without a sort, the newest
     * change comes first, or — when a period is filtered — the latest encounter, which an index
     * serves in order however many cases there are.
     */
    @Transactional(readOnly = true)
    public List<CaseListItem> list(CaseFilter filter, @Nullable CaseSort sort, boolean ascending, int offset, int limit) {
        Actor actor = currentActor.require();
        if (!CaseAccess.mayRead(actor, actor.organisationId())) {
            audit.record(AuditEvent.denied("case.list", OBJECT, ""));
            throw new AccessDeniedException("may not list cases");
        }
        CaseSort order = sort != null ? sort : filter.from() != null || filter.to() != null ? CaseSort.ENCOUNTER_DATE
                : CaseSort.UPDATED;
        return listQuery.page(actor.organisationId(), actor.organisation().name(), filter, order, ascending,
                Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    /** How the caller reaches the case, or null when they may not read it. */
    private CaseHeader.@Nullable Reach reach(Actor actor, CaseCode code, OrganisationId owner) {
        if (CaseAccess.mayRead(actor, owner)) {
            return CaseHeader.Reach.OWNER;
        }
        var active = shares.active(code, actor.organisationId());
        if (CaseAccess.mayRead(actor, owner, active)) {
            return active.contains(SharePurpose.AUTHORITY_REFERRAL) && (actor.hasRole(org.ariadne.security.Role.DECISION_MAKER)
                    || actor.hasRole(org.ariadne.security.Role.CASEWORKER))
                    ? CaseHeader.Reach.AUTHORITY : CaseHeader.Reach.CHILD_PROTECTION;
        }
        return holdsGrant(actor, code) ? CaseHeader.Reach.BREAK_GLASS : null;
    }

    /** An active break-glass grant of this user for this case. */
    private boolean holdsGrant(Actor actor, CaseCode code) {
        return CaseAccess.mayBreakGlass(actor) && grants.active(code, actor.username(), clock.instant());
    }

    private boolean isChild(CaseDraft draft, LocalDate today) {
        LocalDate reference = draft.encounter().date() == null ? today : draft.encounter().date();
        return AgeRule.isChild(draft.person(), reference, policy.inForce().clocks().ageOfMajority());
    }
}
