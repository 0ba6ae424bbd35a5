package org.ariadne.support;

import org.ariadne.cases.CaseCode;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.common.Notice;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.support.internal.StoredReferral;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the application, in the same transaction: statistics get every change of a
 * referral and every piece of feedback without identity or free text; organisations get notices.
 */
@Component
class ReferralEvents {

    static final String RECEIVED = "service-referral-received";
    static final String ANSWERED = "service-referral-answered";
    static final String REVOKED = "service-referral-revoked";

    private final StatisticsKeys keys;
    private final ApplicationEventPublisher events;

    ReferralEvents(StatisticsKeys keys, ApplicationEventPublisher events) {
        this.keys = keys;
        this.events = events;
    }

    void changed(StoredReferral r) {
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
