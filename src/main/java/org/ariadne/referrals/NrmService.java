package org.ariadne.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseStatus;
import org.ariadne.common.Checks;
import org.ariadne.common.Message;
import org.ariadne.common.RefusedException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.deadlines.Countdown;
import org.ariadne.referrals.internal.ConsentStore;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.CaseClock;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.NrmWorkflow;
import org.ariadne.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral mechanism for the UI, the API and jobs alike. Reading a case's NRM state is reading
 * the case (the case service checks and audits it); a step is then checked by role and reach,
 * national policy and the case facts, in that order, and refused with the rule that stopped it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NrmService {

    private static final List<CaseStage> QUEUE_STAGES = List.of(CaseStage.REFERRED, CaseStage.RECOVERY_PERIOD,
            CaseStage.RECONSIDERATION);
    static final int MAX_REASON = 2000;

    private final CaseService cases;
    private final NrmEngine engine;
    private final StepOptions stepOptions;
    private final NrmStore store;
    private final ConsentStore consents;
    private final OrganisationService organisations;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    NrmService(CaseService cases, NrmEngine engine, StepOptions stepOptions, NrmStore store, ConsentStore consents,
               OrganisationService organisations, CurrentActor currentActor, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.engine = engine;
        this.stepOptions = stepOptions;
        this.store = store;
        this.consents = consents;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's state on the mechanism, its clock and the steps the caller could take; absent before submission. */
    @Transactional(readOnly = true)
    public Optional<NrmView> view(CaseCode code) {
        CaseHeader header = cases.header(code, "referral.read");
        return store.load(code).map(loaded -> view(header, loaded));
    }

    /**
     * Puts a submitted case recorded before the mechanism existed on it, as detected by the
     * caller (a caseworker of the recording organisation).
     */
    public NrmView start(CaseCode code) {
        CaseHeader header = cases.header(code, "referral.read");
        Actor actor = currentActor.require();
        if (header.reach() != CaseHeader.Reach.OWNER || !actor.hasRole(Role.CASEWORKER)) {
            audit.record(AuditEvent.denied("referral.open", NrmEngine.OBJECT, code.value()));
            throw new AccessDeniedException("caseworkers of the case only");
        }
        if (header.status() != CaseStatus.OPEN || store.exists(code)) {
            throw new RefusedException(RefusedException.Kind.STATE, Message.of("nrm.refused.cannot-start"));
        }
        engine.open(code, header.owner(), header.child(), actor, NrmOpener.SUBMITTED);
        return view(header, store.load(code).orElseThrow());
    }

    /** Takes one step and answers the case as it is afterwards. */
    public NrmView step(CaseCode code, StepRequest request) {
        Checks.present(request.transition(), "transition");
        Checks.required(request.reason(), "reason", MAX_REASON);
        Checks.optional(request.legalReference(), "legalReference", 200);
        CaseHeader header = cases.header(code, "referral.read");
        NrmStore.Loaded after = engine.take(header, currentActor.require(), request);
        return view(header, after);
    }

    /**
     * The decision queue of the caller's organisation: cases referred to it awaiting a decision,
     * the nearest deadline first, each with days remaining and an at-risk or overdue mark.
     */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(int offset, int limit) {
        Actor actor = currentActor.require();
        if (!actor.hasRole(Role.DECISION_MAKER)) {
            audit.record(AuditEvent.denied("referral.queue", NrmEngine.OBJECT, ""));
            throw new AccessDeniedException("decision makers only");
        }
        NrmWorkflow workflow = engine.workflow();
        Instant now = clock.instant();
        List<QueueItem> items = new ArrayList<>();
        for (NrmStore.QueueRow row : store.queue(actor.organisationId(), QUEUE_STAGES, Math.max(0, offset),
                Math.clamp(limit, 1, 500))) {
            items.add(item(row, workflow, now));
        }
        audit.record(AuditEvent.success("referral.queue", NrmEngine.OBJECT, ""));
        return items;
    }

    /** Children's cases alerted to the caller's child-protection organisation whose guardian is still to be appointed. */
    @Transactional(readOnly = true)
    public List<QueueItem> guardianTasks(int limit) {
        Actor actor = currentActor.require();
        if (!actor.hasRole(Role.CHILD_PROTECTION)) {
            audit.record(AuditEvent.denied("referral.guardian-tasks", NrmEngine.OBJECT, ""));
            throw new AccessDeniedException("child protection only");
        }
        audit.record(AuditEvent.success("referral.guardian-tasks", NrmEngine.OBJECT, ""));
        return store.guardianTasks(actor.organisationId(), Math.clamp(limit, 1, 500)).stream()
                .map(code -> new QueueItem(code, CaseStage.DETECTED, true, null, null, null, null)).toList();
    }

    /** The caller's organisation's cases whose recovery period ends within the given number of days. */
    @Transactional(readOnly = true)
    public List<QueueItem> recoveryPeriodsEnding(int withinDays, int limit) {
        Actor actor = currentActor.require();
        if (!actor.hasRole(Role.CASEWORKER)) {
            audit.record(AuditEvent.denied("referral.periods-ending", NrmEngine.OBJECT, ""));
            throw new AccessDeniedException("caseworkers only");
        }
        NrmWorkflow workflow = engine.workflow();
        Instant now = clock.instant();
        audit.record(AuditEvent.success("referral.periods-ending", NrmEngine.OBJECT, ""));
        return store.periodsEnding(actor.organisationId(), workflow.deadlines().dayOf(now).plusDays(withinDays),
                Math.clamp(limit, 1, 500)).stream().map(row -> item(row, workflow, now)).toList();
    }

    /** Organisations a case may be referred to for a decision under the policy in force. */
    @Transactional(readOnly = true)
    public List<Organisation> deciders() {
        PolicyProfile profile = engine.workflow().policy();
        return organisations.listActive().stream()
                .filter(o -> profile.permits(o.actorType(), NrmFunction.DECIDE_REASONABLE_GROUNDS)).toList();
    }

    static QueueItem item(NrmStore.QueueRow row, NrmWorkflow workflow, Instant now) {
        if (row.lastDay() == null || row.clockKind() == null) {
            return new QueueItem(row.code(), row.stage(), row.child(), null, null, null, null);
        }
        var deadline = new org.ariadne.referrals.deadlines.Deadline(row.lastDay(), row.clockKind().dayCount(),
                workflow.deadlines().zone());
        Countdown countdown = workflow.deadlines().countdown(deadline, now, workflow.policy().clocks().atRiskDays());
        return new QueueItem(row.code(), row.stage(), row.child(), row.clockKind(), row.lastDay(),
                countdown.remaining(), countdown.status());
    }

    private NrmView view(CaseHeader header, NrmStore.Loaded loaded) {
        NrmWorkflow workflow = engine.workflow();
        Actor actor = currentActor.require();
        Optional<CaseClock> clockNow = workflow.clock(loaded.nrmCase());
        Countdown countdown = workflow.countdown(loaded.nrmCase(), clock.instant()).orElse(null);
        return new NrmView(header.code(), loaded.version(), loaded.nrmCase(), clockNow.map(CaseClock::kind).orElse(null),
                countdown, name(loaded.authority()), name(loaded.childProtection()), consents.all(header.code()),
                stepOptions.of(header, actor, loaded.nrmCase(), workflow), workflow.policy().version());
    }

    private String name(OrganisationId id) {
        return id == null ? null : organisations.find(id).map(Organisation::name).orElse(null);
    }
}
