package org.ariadne.referrals;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.common.ConflictException;
import org.ariadne.common.Message;
import org.ariadne.common.RefusedException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.policy.PolicyService;
import org.ariadne.referrals.internal.ConsentStore;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.NrmCase;
import org.ariadne.referrals.workflow.NrmWorkflow;
import org.ariadne.referrals.workflow.Performer;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.WorkflowCommand;
import org.ariadne.referrals.workflow.WorkflowResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes one step on a case whose reader has been checked: the role and reach ({@link StepRoles}),
 * then the workflow under the national policy in force (stage, policy, facts), then stores it,
 * carries out what it hands on, tells statistics and audits it. Every refusal is audited and names
 * its rule; nothing is stored.
 */
@Component
class NrmEngine {

    static final String OBJECT = "case";

    private final NrmStore store;
    private final ConsentStore consents;
    private final PolicyService policy;
    private final Routing routing;
    private final FollowUps followUps;
    private final StatisticsKeys keys;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    NrmEngine(NrmStore store, ConsentStore consents, PolicyService policy, Routing routing, FollowUps followUps,
              StatisticsKeys keys, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.store = store;
        this.consents = consents;
        this.policy = policy;
        this.routing = routing;
        this.followUps = followUps;
        this.keys = keys;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    NrmWorkflow workflow() {
        return new NrmWorkflow(policy.inForce(), clock.getZone());
    }

    /** Puts a submitted case on the mechanism as detected by the actor who submitted it. */
    void open(CaseCode code, OrganisationId owner, boolean child, Actor by, String reason) {
        WorkflowCommand command = new WorkflowCommand(Transition.DETECT, Performer.of(by), clock.instant(), reason,
                null, "", new CommandDetails.Detection(child));
        WorkflowResult result = workflow().open(command);
        if (result instanceof WorkflowResult.Refused refused) {
            audit.record(new AuditEvent("referral.open", OBJECT, code.value(), AuditOutcome.DENIED, refused.reason().key()));
            throw new RefusedException(kindOf(refused.reason()), refused.reason());
        }
        var applied = (WorkflowResult.Applied) result;
        Routing.Route route = routing.after(code, owner, applied, null, new Routing.Route(null, null), by);
        NrmStore.Loaded opened = saved(code, owner, -1, applied.nrmCase(), route);
        audit.record(new AuditEvent("referral.step", OBJECT, code.value(), AuditOutcome.SUCCESS, Transition.DETECT.name()));
        followUps.carryOut(opened, owner, applied, by);
        publish(code, applied, by);
    }

    /** Takes a step; the caller's read access to the case is already checked and given as the header. */
    NrmStore.Loaded take(CaseHeader header, Actor actor, StepRequest request) {
        return take(header.code(), header.owner(), header.reach(), actor, request);
    }

    /** Takes a step for an actor who reaches the case as given (checked by the caller). */
    NrmStore.Loaded take(CaseCode code, OrganisationId owner, CaseHeader.Reach reach, Actor actor, StepRequest request) {
        Transition transition = request.transition();
        NrmStore.Loaded loaded = store.load(code)
                .orElseThrow(() -> refuse(code, transition, RefusedException.Kind.STATE, Message.of("nrm.refused.not-on-mechanism")));
        if (loaded.version() != request.expectedVersion()) {
            audit.record(new AuditEvent("referral.step", OBJECT, code.value(), AuditOutcome.FAILED,
                    transition.name() + " conflict"));
            throw new ConflictException("nrm.error.conflict");
        }
        if (!StepRoles.may(actor, reach, transition)) {
            throw refuse(code, transition, RefusedException.Kind.ROLE, Message.of("nrm.refused.role",
                    Message.of(transition.messageKey()), Message.of("role." + StepRoles.roleFor(transition).name())));
        }
        WorkflowCommand command = new WorkflowCommand(transition, Performer.of(actor), clock.instant(),
                request.reason(), request.legalBasis(), request.legalReference(), request.details());
        WorkflowResult result = workflow().apply(loaded.nrmCase(), command);
        if (result instanceof WorkflowResult.Refused refused) {
            throw refuse(code, transition, kindOf(refused.reason()), refused.reason());
        }
        var applied = (WorkflowResult.Applied) result;
        Optional<Message> routeRefusal = routing.check(loaded, applied, request, actor);
        if (routeRefusal.isPresent()) {
            throw refuse(code, transition, RefusedException.Kind.STATE, routeRefusal.get());
        }
        Routing.Route route = routing.after(code, owner, applied, request.authority(),
                new Routing.Route(loaded.authority(), loaded.childProtection()), actor);
        NrmStore.Loaded after = saved(code, owner, loaded.version(), applied.nrmCase(), route);
        audit.record(new AuditEvent("referral.step", OBJECT, code.value(), AuditOutcome.SUCCESS, transition.name()));
        followUps.carryOut(after, owner, applied, actor);
        publish(code, applied, actor);
        return after;
    }

    /** The anonymised snapshot again, e.g. after consent was recorded without a step. */
    void republish(CaseCode code, Actor actor, Transition transition) {
        store.load(code).ifPresent(loaded -> events.publishEvent(new NrmStepRecorded(keys.caseKey(code), transition,
                actor.actorType(), workflow().deadlines().dayOf(clock.instant()), snapshot(code, loaded.nrmCase()))));
    }

    private NrmStore.Loaded saved(CaseCode code, OrganisationId owner, long version, NrmCase after, Routing.Route route) {
        long newVersion = store.save(code, owner, version, after, workflow().clock(after), route.authority(),
                route.childProtection(), clock.instant());
        return new NrmStore.Loaded(code, after, newVersion, route.authority(), route.childProtection());
    }

    private void publish(CaseCode code, WorkflowResult.Applied applied, Actor actor) {
        events.publishEvent(new NrmStepRecorded(keys.caseKey(code), applied.step().transition(), actor.actorType(),
                workflow().deadlines().dayOf(applied.step().at()), snapshot(code, applied.nrmCase())));
    }

    private NrmSnapshot snapshot(CaseCode code, NrmCase nrmCase) {
        var latest = consents.latest(code);
        Set<ReferralBarrier> barriers = latest.map(ConsentRecord::barriers).orElse(Set.of());
        boolean research = latest.map(c -> c.covers(ConsentScope.RESEARCH)).orElse(false);
        return Snapshots.of(nrmCase, barriers, research);
    }

    private RefusedException refuse(CaseCode code, Transition transition, RefusedException.Kind kind, Message reason) {
        audit.record(new AuditEvent("referral.step", OBJECT, code.value(), AuditOutcome.DENIED,
                transition.name() + " " + reason.key()));
        return new RefusedException(kind, reason);
    }

    static RefusedException.Kind kindOf(Message reason) {
        return reason.key().startsWith("nrm.policy.") ? RefusedException.Kind.POLICY : RefusedException.Kind.STATE;
    }
}
