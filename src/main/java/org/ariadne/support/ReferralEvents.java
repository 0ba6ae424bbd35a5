package org.ariadne.support;

import java.time.Clock;
import java.util.Optional;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.common.Notice;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.support.internal.HistoryStore;
import org.ariadne.support.internal.StoredReferral;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the application, in the same transaction: the case's timeline gets every change
 * of a referral with who made it; statistics get every change and every piece of feedback without
 * identity or free text; organisations get notices.
 */
@Component
class ReferralEvents {

    static final String RECEIVED = "service-referral-received";
    static final String ANSWERED = "service-referral-answered";
    static final String REVOKED = "service-referral-revoked";

    /** Who the timeline names when no user acted (a scheduled job closing a case, for instance). */
    static final String SYSTEM = "system";

    private final StatisticsKeys keys;
    private final ApplicationEventPublisher events;
    private final HistoryStore history;
    private final CurrentActor currentActor;
    private final Clock clock;

    ReferralEvents(StatisticsKeys keys, ApplicationEventPublisher events, HistoryStore history,
                   CurrentActor currentActor, Clock clock) {
        this.keys = keys;
        this.events = events;
        this.history = history;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A change made by the action named (an audit action such as {@code support.accept}). */
    void changed(String action, StoredReferral r) {
        Optional<Actor> actor = currentActor.find();
        history.add(r, action, clock.instant(), actor.map(Actor::username).orElse(SYSTEM),
                actor.map(Actor::organisationId).orElse(r.owner()));
        events.publishEvent(new ServiceReferralChanged(keys.caseKey(r.code()), referralKey(r), r.serviceType(),
                r.status(), r.declineReason(), r.referringActorType(), r.providerActorType(), r.referredOn(),
                r.answeredOn(), r.deliveryStart(), r.deliveryEnd(), r.caseworkerRating()));
    }

    void feedback(StoredReferral r, PersonFeedback feedback) {
        events.publishEvent(new ServiceFeedbackGiven(keys.caseKey(r.code()), referralKey(r), r.serviceType(),
                feedback.rating(), feedback.needsMet(), feedback.month()));
    }

    /** Tells an organisation, unless it is the one acting (it knows already). */
    void notice(OrganisationId to, String kind, CaseCode code, OrganisationId actingFor) {
        if (!to.equals(actingFor)) {
            events.publishEvent(new Notice(to.value(), kind, code.value()));
        }
    }

    private String referralKey(StoredReferral r) {
        return keys.recordKey("referral", r.id());
    }
}
