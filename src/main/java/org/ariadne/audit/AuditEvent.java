package org.ariadne.audit;

/**
 * What happened, to what. {@code objectRef} is a non-identifying reference (a case code, an
 * organisation code, a user name for account administration) — never a person's name or free text.
 */
public record AuditEvent(String action, String objectType, String objectRef, AuditOutcome outcome, String reason) {

    public static AuditEvent success(String action, String objectType, String objectRef) {
        return new AuditEvent(action, objectType, objectRef, AuditOutcome.SUCCESS, "");
    }

    public static AuditEvent denied(String action, String objectType, String objectRef) {
        return new AuditEvent(action, objectType, objectRef, AuditOutcome.DENIED, "");
    }
}
