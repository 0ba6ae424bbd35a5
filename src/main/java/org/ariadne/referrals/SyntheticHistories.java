package org.ariadne.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ariadne.cases.CaseLifecycle;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.CaseShares;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.SharePurpose;
import org.ariadne.cases.SyntheticCasesRecorded;
import org.ariadne.common.SystemJob;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.NrmFunction;
import org.ariadne.referrals.internal.ConsentStore;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.NrmWorkflow;
import org.ariadne.referrals.workflow.Performer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives synthetic cases a history on the mechanism, walked with the real workflow under the policy
 * in force ({@link SyntheticPaths}), written in batches: state, steps, consent, sharing with the
 * deciding authority and child protection, erased identity for anonymous notifications.
 */
@Component
class SyntheticHistories {

    static final String USER = "synthetic";

    private final NrmStore store;
    private final ConsentStore consents;
    private final CaseShares shares;
    private final CaseLifecycle lifecycle;
    private final OrganisationService organisations;
    private final NrmEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SyntheticHistories(NrmStore store, ConsentStore consents, CaseShares shares, CaseLifecycle lifecycle,
                       OrganisationService organisations, NrmEngine engine, ApplicationEventPublisher events,
                       Clock clock) {
        this.store = store;
        this.consents = consents;
        this.shares = shares;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(SyntheticCasesRecorded batch) {
        SystemJob.run(() -> {
            write(batch);
            return null;
        });
    }

    private void write(SyntheticCasesRecorded batch) {
        NrmWorkflow workflow = engine.workflow();
        List<Organisation> active = organisations.listActive();
        List<Organisation> deciders = active.stream()
                .filter(o -> workflow.policy().permits(o.actorType(), NrmFunction.DECIDE_REASONABLE_GROUNDS))
                .sorted(Comparator.comparing((Organisation o) -> o.actorType() != ActorType.COMPETENT_AUTHORITY)
                        .thenComparing(Organisation::code)).toList();
        Organisation childProtection = active.stream().filter(o -> o.actorType() == ActorType.CHILD_PROTECTION)
                .findFirst().orElse(null);
        if (deciders.isEmpty()) {
            return;
        }
        List<NrmStore.SyntheticRow> rows = new ArrayList<>();
        List<NrmStepRecorded> recorded = new ArrayList<>();
        for (SyntheticCasesRecorded.Synthetic c : batch.cases()) {
            if (c.status() == CaseStatus.DRAFT) {
                continue;
            }
            long seed = c.code().value().hashCode();
            Organisation authority = deciders.get(Math.floorMod(seed, 10) < 7 ? 0 : Math.floorMod(seed, deciders.size()));
            var cast = new SyntheticPaths.Cast(performer(c.owner().value(), c.identifyingActorType()),
                    performer(authority.id().value(), authority.actorType()),
                    childProtection == null ? null : performer(childProtection.id().value(), ActorType.CHILD_PROTECTION));
            var walk = SyntheticPaths.walk(workflow, cast, authority, c.child(), c.status() == CaseStatus.CLOSED,
                    c.createdAt(), clock.instant(), seed);
            if (walk == null) {
                continue;
            }
            boolean referred = walk.nrmCase().facts().referredOn() != null;
            var childOrg = c.child() && childProtection != null ? childProtection.id() : null;
            rows.add(new NrmStore.SyntheticRow(c.code(), c.owner(), walk.nrmCase(), workflow.clock(walk.nrmCase()),
                    referred ? authority.id() : null, childOrg));
            if (walk.consent() != null) {
                var history = walk.nrmCase().history();
                consents.addSynthetic(c.code(), walk.consent(), walk.research(),
                        history.get(Math.min(1, history.size() - 1)).at());
            }
            if (referred && !authority.id().equals(c.owner())) {
                shares.grantSynthetic(c.code(), authority.id(), SharePurpose.AUTHORITY_REFERRAL, FollowUps.REFERRAL_SOURCE);
            }
            if (childOrg != null) {
                shares.grantSynthetic(c.code(), childOrg, SharePurpose.CHILD_PROTECTION, FollowUps.CHILD_SOURCE);
            }
            if (!walk.nrmCase().facts().identityHeld()) {
                lifecycle.discardSyntheticIdentity(c.code());
                events.publishEvent(new CaseProfileRecorded(c.caseKey(), null, true, c.profile()));
            }
            var last = walk.nrmCase().history().getLast();
            recorded.add(new NrmStepRecorded(c.caseKey(), last.transition(), last.by().actorType(),
                    workflow.deadlines().dayOf(last.at()), Snapshots.of(walk.nrmCase(),
                    Set.of(), walk.research())));
        }
        store.insertSynthetic(rows, clock.instant());
        events.publishEvent(new SyntheticHistoriesRecorded(recorded));
    }

    private static Performer performer(long organisation, ActorType type) {
        return new Performer(USER, new org.ariadne.organisations.OrganisationId(organisation), type);
    }
}
