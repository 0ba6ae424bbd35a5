package org.ariadne.cases;

import java.time.Clock;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.internal.Anonymiser;
import org.ariadne.cases.internal.CaseStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a case that follow from steps on the referral mechanism: closing and reopening it,
 * and discarding the identity of an anonymous notification. The calling service has checked the
 * step; this applies it, audits it and republishes the anonymised profile.
 */
@Service
@Transactional
public class CaseLifecycle {

    private final CaseStore store;
    private final Anonymiser anonymiser;
    private final CaseEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    CaseLifecycle(CaseStore store, Anonymiser anonymiser, CaseEvents events, AuditTrail audit, Clock clock) {
        this.store = store;
        this.anonymiser = anonymiser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public void setStatus(CaseCode code, CaseStatus status) {
        if (status == CaseStatus.DRAFT) {
            throw new IllegalArgumentException("a submitted case never returns to draft");
        }
        store.setStatus(code, status, clock.instant());
        audit.record(AuditEvent.success("case.status-" + status.name().toLowerCase(java.util.Locale.ROOT),
                CaseService.OBJECT, code.value()));
    }

    /** Erases the identity of a synthetic anonymous notification (generated data); not audited. */
    public void discardSyntheticIdentity(CaseCode code) {
        anonymiser.discardIdentity(code);
    }

    /** Erases every direct identifier and the narrative; the statistics keep the case without its person. */
    public void discardIdentity(CaseCode code) {
        anonymiser.discardIdentity(code);
        audit.record(new AuditEvent("case.discard-identity", CaseService.OBJECT, code.value(),
                org.ariadne.audit.AuditOutcome.SUCCESS, "anonymous notification"));
        events.profile(store.find(code).orElseThrow().details());
    }
}
