package org.ariadne.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Vaadin closing a session for inactivity ends the HTTP session, and the sign-in in it. */
class IdleSessionEndTest {

    private static final long LAST_REQUEST = 1_800_000_000_000L;

    private static MockHttpSession closeVaadinSessionAfter(long idleMillis) {
        var http = new MockHttpSession();
        http.setMaxInactiveInterval(900);
        var vaadin = mock(VaadinSession.class);
        when(vaadin.getSession()).thenReturn(new WrappedHttpSession(http));
        when(vaadin.getLastRequestTimestamp()).thenReturn(LAST_REQUEST);
        var clock = Clock.fixed(Instant.ofEpochMilli(LAST_REQUEST + idleMillis), ZoneOffset.UTC);
        new IdleSessionEnd(clock).sessionDestroyed(vaadin);
        return http;
    }

    @Test
    void aSessionIdleForTheTimeoutEndsTheSignIn() {
        MockHttpSession http = closeVaadinSessionAfter(900_000);
        assertThat(http.isInvalid()).isTrue();
    }

    @Test
    void aSessionClosedWhileInUseLeavesTheHttpSessionToWhoeverClosedIt() {
        MockHttpSession http = closeVaadinSessionAfter(5_000);
        assertThat(http.isInvalid()).isFalse();
        assertThat(http.getAttribute(KeycloakSessionEnd.TIMED_OUT)).isNull();
    }

    @Test
    void anAlreadyInvalidatedSessionIsLeftAlone() {
        var http = new MockHttpSession();
        http.invalidate();
        var vaadin = mock(VaadinSession.class);
        when(vaadin.getSession()).thenReturn(new WrappedHttpSession(http));
        new IdleSessionEnd(Clock.systemUTC()).sessionDestroyed(vaadin);
        assertThat(http.isInvalid()).isTrue();
    }
}
