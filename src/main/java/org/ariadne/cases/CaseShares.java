package org.ariadne.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.internal.CaseShareStore;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a case with another organisation, for the features whose steps share it: referral to the
 * authority, alerting child protection, accepted service referrals. The calling service has
 * already decided that the step is allowed; this records the share and audits it. Reading through
 * a share is decided by {@link CaseAccess} in {@link CaseService}.
 */
@Service
@Transactional
public class CaseShares {

    private final CaseShareStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseShares(CaseShareStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param sourceRef what the share rests on, e.g. "nrm-referral" or "service-referral:42"; ending
     *                  that source ends the share
     */
    public void grant(CaseCode code, OrganisationId organisation, SharePurpose purpose, String sourceRef, Actor by) {
        if (store.grant(code, organisation, purpose, sourceRef, by.username(), clock.instant())) {
            audit.record(new AuditEvent("case.share", CaseService.OBJECT, code.value(), AuditOutcome.SUCCESS,
                    purpose.name() + " org " + organisation.value()));
        }
    }

    /** Shares a synthetic case (demo data, benchmarks) the way its generated history says; not audited. */
    public void grantSynthetic(CaseCode code, OrganisationId organisation, SharePurpose purpose, String sourceRef) {
        store.grant(code, organisation, purpose, sourceRef, "synthetic", clock.instant());
    }

    public void end(CaseCode code, String sourceRef, ShareEndReason reason) {
        if (store.end(code, sourceRef, reason, clock.instant()) > 0) {
            audit.record(new AuditEvent("case.share-end", CaseService.OBJECT, code.value(), AuditOutcome.SUCCESS,
                    sourceRef + " " + reason.name()));
        }
    }

    /** Ends every share of the case at once, e.g. when the person withdraws consent. */
    public void endAll(CaseCode code, ShareEndReason reason) {
        int ended = store.endAll(code, reason, clock.instant());
        if (ended > 0) {
            audit.record(new AuditEvent("case.share-end", CaseService.OBJECT, code.value(), AuditOutcome.SUCCESS,
                    ended + " " + reason.name()));
        }
        events.publishEvent(new CaseSharesEnded(code, reason));
    }

    @Transactional(readOnly = true)
    public Set<SharePurpose> active(CaseCode code, OrganisationId organisation) {
        return store.active(code, organisation);
    }

    @Transactional(readOnly = true)
    public List<OrganisationId> sharedWith(CaseCode code, SharePurpose purpose) {
        return store.sharedWith(code, purpose);
    }
}
