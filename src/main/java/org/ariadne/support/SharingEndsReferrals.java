package org.ariadne.support;

import org.ariadne.cases.CaseSharesEnded;
import org.ariadne.support.internal.ReferralStore;
import org.ariadne.support.internal.StoredReferral;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When every sharing of a case ends at once (the person withdrew consent, the case was closed),
 * every referral still open is revoked in the same transaction: no provider keeps access, and a
 * pending one can no longer be accepted.
 */
@Component
class SharingEndsReferrals {

    private final ReferralStore store;
    private final Handover handover;

    SharingEndsReferrals(ReferralStore store, Handover handover) {
        this.store = store;
        this.handover = handover;
    }

    @EventListener
    void on(CaseSharesEnded event) {
        RevocationCause cause = switch (event.reason()) {
            case CONSENT_WITHDRAWN -> RevocationCause.CONSENT_WITHDRAWN;
            case CASE_CLOSED -> RevocationCause.CASE_CLOSED;
            default -> RevocationCause.SHARING_ENDED;
        };
        for (StoredReferral referral : store.open(event.code())) {
            handover.revoke(referral, ReferralStore.ANY_VERSION, cause, referral.owner());
        }
    }
}
