package org.ariadne.support;

import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.CaseCode;
import org.ariadne.support.internal.StoredReferral;
import org.springframework.stereotype.Component;

/** Audit entries for service referrals: the referral's id, and the case code as the reason, never free text. */
@Component
class SupportAudit {

    static final String OBJECT = "service-referral";
    static final String CASE = "case";

    private final AuditTrail audit;

    SupportAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void success(String action, StoredReferral referral) {
        audit.record(new AuditEvent(action, OBJECT, Long.toString(referral.id()), AuditOutcome.SUCCESS,
                referral.code().value()));
    }

    void denied(String action, StoredReferral referral, String rule) {
        audit.record(new AuditEvent(action, OBJECT, Long.toString(referral.id()), AuditOutcome.DENIED,
                (referral.code().value() + " " + rule).strip()));
    }

    void denied(String action, String objectRef) {
        audit.record(AuditEvent.denied(action, OBJECT, objectRef));
    }

    /** A refusal before any referral exists: recorded against the case. */
    void deniedOnCase(String action, CaseCode code, String rule) {
        audit.record(new AuditEvent(action, CASE, code.value(), AuditOutcome.DENIED, rule));
    }

    void notFound(String action, long id) {
        audit.record(new AuditEvent(action, OBJECT, Long.toString(id), AuditOutcome.FAILED, "not found"));
    }

    void conflict(String action, StoredReferral referral) {
        audit.record(new AuditEvent(action, OBJECT, Long.toString(referral.id()), AuditOutcome.FAILED,
                referral.code().value() + " conflict"));
    }

    void success(String action, String objectRef) {
        audit.record(AuditEvent.success(action, OBJECT, objectRef));
    }
}
