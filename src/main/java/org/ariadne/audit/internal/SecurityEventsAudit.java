package org.ariadne.audit.internal;

import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.security.AdministrativeChange;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins, failed logins and logouts. API calls authenticate on every request and are not logins. */
@Component
class SecurityEventsAudit {

    private final AuditTrail trail;

    SecurityEventsAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.recordFor(event.getAuthentication().getName(), AuditEvent.success("login", "session", ""));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        // The attempted name may be mistyped personal data; it is kept short and only in the audit trail.
        trail.recordFor(String.valueOf(event.getAuthentication().getName()),
                new AuditEvent("login", "session", "", AuditOutcome.FAILED, event.getClass().getSimpleName()));
    }

    @EventListener
    void administrativeChange(AdministrativeChange change) {
        trail.record(AuditEvent.success(change.action(), change.objectType(), change.objectRef()));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        trail.recordFor(event.getAuthentication().getName(), AuditEvent.success("logout", "session", ""));
    }
}
