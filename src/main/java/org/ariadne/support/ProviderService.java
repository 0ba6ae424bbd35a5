package org.ariadne.support;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseShares;
import org.ariadne.cases.ServiceRecipient;
import org.ariadne.cases.ShareEndReason;
import org.ariadne.cases.SharePurpose;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.security.Role;
import org.ariadne.support.internal.ReferralStore;
import org.ariadne.support.internal.StoredReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's side of a service referral: its inbox, accepting or declining, delivery. Only
 * service-provider staff of the organisation a referral was sent to may act on it; anyone else is
 * answered as if it did not exist, and audited. Accepting shares with the provider only what a
 * service needs (identity, needs, contact) until the referral is completed or revoked.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProviderService {

    static final int MAX_NOTE = 1000;

    private final CaseService cases;
    private final CaseShares shares;
    private final ReferralStore store;
    private final ReferralValues values;
    private final Handover handover;
    private final ReferralEvents events;
    private final CurrentActor currentActor;
    private final SupportAudit audit;

    ProviderService(CaseService cases, CaseShares shares, ReferralStore store, ReferralValues values,
                    Handover handover, ReferralEvents events, CurrentActor currentActor, SupportAudit audit) {
        this.cases = cases;
        this.shares = shares;
        this.store = store;
        this.values = values;
        this.handover = handover;
        this.events = events;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Referrals sent to the caller's organisation, newest first, optionally of one status. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(@Nullable ServiceReferralStatus status, int offset, int limit) {
        Actor actor = currentActor.require();
        if (!actor.hasRole(Role.SERVICE_PROVIDER)) {
            audit.denied("support.inbox", "");
            throw new AccessDeniedException("service providers only");
        }
        audit.success("support.inbox", "");
        Function<OrganisationId, String> names = values.names();
        return store.inbox(actor.organisationId(), status, Math.max(0, offset), Math.clamp(limit, 1, 500)).stream()
                .map(r -> values.item(r, names)).toList();
    }

    /** One referral; the person and the needs only while it is accepted or being delivered. */
    @Transactional(readOnly = true)
    public ProviderReferral referral(ServiceReferralId id) {
        StoredReferral referral = addressed(id, "support.read-referral", currentActor.require());
        audit.success("support.read-referral", referral);
        return asProvider(referral);
    }

    public ProviderReferral accept(ServiceReferralId id, long expectedVersion) {
        Actor actor = currentActor.require();
        StoredReferral referral = addressed(id, "support.accept", actor);
        var next = handover.check("support.accept", referral, expectedVersion, ReferralFlow.Action.ACCEPT);
        StoredReferral after = store.answer(referral.id(), expectedVersion, next,
                actor.username(), handover.today(), null, null, handover.now());
        shares.grant(after.code(), after.provider(), SharePurpose.SERVICE_REFERRAL, after.shareSource(), actor);
        return answered("support.accept", after, actor);
    }

    public ProviderReferral decline(ServiceReferralId id, DeclineRequest request) {
        DeclineReason reason = Checks.present(request.reason(), "reason");
        String note = Checks.optional(request.note(), "note", MAX_NOTE);
        Actor actor = currentActor.require();
        StoredReferral referral = addressed(id, "support.decline", actor);
        var next = handover.check("support.decline", referral, request.expectedVersion(), ReferralFlow.Action.DECLINE);
        StoredReferral after = store.answer(referral.id(), request.expectedVersion(), next,
                actor.username(), handover.today(), reason, note, handover.now());
        return answered("support.decline", after, actor);
    }

    /** @param on the first day of the service; today when absent */
    public ProviderReferral startDelivery(ServiceReferralId id, long expectedVersion, @Nullable LocalDate on) {
        Actor actor = currentActor.require();
        StoredReferral referral = addressed(id, "support.start-delivery", actor);
        var next = handover.check("support.start-delivery", referral, expectedVersion,
                ReferralFlow.Action.START_DELIVERY);
        LocalDate start = day(on, referral.referredOn(), "support.error.delivery-start");
        StoredReferral after = store.deliveryStarted(referral.id(), expectedVersion, next, start, handover.now());
        audit.success("support.start-delivery", after);
        events.changed("support.start-delivery", after);
        return asProvider(after);
    }

    /** Completes the referral; the provider's access to the person ends with it. */
    public ProviderReferral endDelivery(ServiceReferralId id, long expectedVersion, @Nullable LocalDate on) {
        Actor actor = currentActor.require();
        StoredReferral referral = addressed(id, "support.end-delivery", actor);
        var next = handover.check("support.end-delivery", referral, expectedVersion, ReferralFlow.Action.END_DELIVERY);
        LocalDate end = day(on, referral.deliveryStart() == null ? referral.referredOn() : referral.deliveryStart(),
                "support.error.delivery-end");
        StoredReferral after = store.deliveryEnded(referral.id(), expectedVersion, next, end, handover.now());
        shares.end(after.code(), after.shareSource(), ShareEndReason.REFERRAL_COMPLETED);
        audit.success("support.end-delivery", after);
        events.changed("support.end-delivery", after);
        return asProvider(after);
    }

    private ProviderReferral answered(String action, StoredReferral after, Actor actor) {
        audit.success(action, after);
        events.changed(action, after);
        events.notice(after.owner(), ReferralEvents.ANSWERED, after.code(), actor.organisationId());
        return asProvider(after);
    }

    private ProviderReferral asProvider(StoredReferral referral) {
        var item = values.item(referral, values.names());
        if (!referral.status().givesAccess()) {
            return new ProviderReferral(item, null, null);
        }
        ServiceRecipient recipient = cases.serviceView(referral.code());
        return new ProviderReferral(item, recipient, store.needs(referral));
    }

    /** A referral sent to the caller's organisation, for its service-provider staff; else unknown, audited. */
    private StoredReferral addressed(ServiceReferralId id, String action, Actor actor) {
        StoredReferral referral = store.find(id.value()).orElse(null);
        if (referral == null) {
            audit.notFound(action, id.value());
            throw new ServiceReferralNotAvailableException();
        }
        if (!actor.hasRole(Role.SERVICE_PROVIDER) || !actor.organisationId().equals(referral.provider())) {
            audit.denied(action, referral, "");
            throw new ServiceReferralNotAvailableException();
        }
        return referral;
    }

    /** A delivery day: today when absent, never in the future nor before the given day. */
    private LocalDate day(@Nullable LocalDate on, LocalDate notBefore, String messageKey) {
        LocalDate today = handover.today();
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today) || day.isBefore(notBefore)) {
            throw new InvalidInputException("date", messageKey, notBefore);
        }
        return day;
    }
}
