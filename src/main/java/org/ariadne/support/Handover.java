package org.ariadne.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ariadne.cases.CaseShares;
import org.ariadne.cases.ShareEndReason;
import org.ariadne.common.ConflictException;
import org.ariadne.common.RefusedException;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.support.internal.ReferralStore;
import org.ariadne.support.internal.StoredReferral;
import org.springframework.stereotype.Component;

/**
 * What both sides of a hand-over share: the version and state checks before any change (each
 * refusal audited), and revocation, which ends the provider's access at once.
 */
@Component
class Handover {

    private final ReferralStore store;
    private final CaseShares shares;
    private final ReferralEvents events;
    private final SupportAudit audit;
    private final Clock clock;

    Handover(ReferralStore store, CaseShares shares, ReferralEvents events, SupportAudit audit, Clock clock) {
        this.store = store;
        this.shares = shares;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Refuses a change to a referral that moved on since it was read, or one its state does not
     * allow; answers the state the change leads to.
     */
    ServiceReferralStatus check(String action, StoredReferral referral, long expectedVersion, ReferralFlow.Action step) {
        if (referral.version() != expectedVersion) {
            audit.conflict(action, referral);
            throw new ConflictException("support.error.conflict");
        }
        allowed(action, referral, step);
        return ReferralFlow.after(step, referral.status());
    }

    /** Refuses, audited, an action the referral's state does not allow. */
    void allowed(String action, StoredReferral referral, ReferralFlow.Action step) {
        ReferralFlow.refusal(step, referral.status(), referral.deliveryStart()).ifPresent(refusal -> {
            audit.denied(action, referral, refusal.key());
            throw new RefusedException(RefusedException.Kind.STATE, refusal);
        });
    }

    StoredReferral revoke(StoredReferral referral, long expectedVersion, RevocationCause cause,
                          OrganisationId actingFor) {
        StoredReferral after = store.revoked(referral.id(), expectedVersion,
                ReferralFlow.after(ReferralFlow.Action.REVOKE, referral.status()), cause, today(), now());
        shares.end(referral.code(), referral.shareSource(), switch (cause) {
            case BY_CASEWORKER -> ShareEndReason.REFERRAL_REVOKED;
            case CONSENT_WITHDRAWN -> ShareEndReason.CONSENT_WITHDRAWN;
            case CASE_CLOSED -> ShareEndReason.CASE_CLOSED;
            case SHARING_ENDED -> ShareEndReason.REASSIGNED;
        });
        audit.success("support.revoke", after);
        events.changed("support.revoke", after);
        events.notice(referral.provider(), ReferralEvents.REVOKED, referral.code(), actingFor);
        return after;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
