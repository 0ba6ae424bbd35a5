package org.ariadne.audit;

public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
