package org.ariadne.security;

/**
 * Published when an administrator changes a local account, so the audit trail records it without
 * the security feature depending on the audit feature. The reference is the user name, never a
 * person's name.
 */
public record AdministrativeChange(String action, String objectType, String objectRef) {
}
