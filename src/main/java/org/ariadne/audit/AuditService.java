package org.ariadne.audit;

import org.ariadne.audit.internal.ChainVerifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The data protection officer's view of the trail. */
@Service
@PreAuthorize("hasRole('DPO')")
public class AuditService {

    private final ChainVerifier verifier;
    private final AuditTrail trail;

    AuditService(ChainVerifier verifier, AuditTrail trail) {
        this.verifier = verifier;
        this.trail = trail;
    }

    /** Checks the whole chain; the check itself is audited. */
    public ChainVerification verifyChain() {
        ChainVerification result = verifier.verify();
        trail.record(new AuditEvent("audit.verify", "audit-trail", "", result.intact() ? AuditOutcome.SUCCESS
                : AuditOutcome.FAILED, result.firstBrokenId().isPresent() ? "first broken " + result.firstBrokenId().getAsLong() : ""));
        return result;
    }
}
