package org.ariadne.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;

/**
 * Makes the idle timeout sign the user out. With {@code vaadin.closeIdleSessions}, Vaadin closes
 * its own session after the idle time, but the browser's heartbeats keep the HTTP session, and the
 * sign-in it holds, alive: reloading the page would carry on without a password. So when Vaadin
 * closes a session for inactivity, the HTTP session is invalidated too (and, in OIDC mode,
 * {@link KeycloakSessionEnd} ends the Keycloak session).
 */
class IdleSessionEnd implements VaadinServiceInitListener {

    private final Clock clock;

    IdleSessionEnd(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> sessionDestroyed(destroyed.getSession()));
    }

    void sessionDestroyed(VaadinSession vaadinSession) {
        WrappedSession http = vaadinSession.getSession();
        if (http == null) {
            return;
        }
        try {
            // The same test Vaadin applies: no request from the user (heartbeats aside) for the idle time.
            long idleLimit = http.getMaxInactiveInterval() * 1000L;
            if (idleLimit > 0 && clock.millis() - vaadinSession.getLastRequestTimestamp() >= idleLimit) {
                http.setAttribute(KeycloakSessionEnd.TIMED_OUT, Boolean.TRUE);
                http.invalidate();
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // the HTTP session ended first (container timeout or sign-out)
        }
    }
}
