package org.ariadne.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InsufficientAuthenticationException;

/**
 * Vaadin's background requests after the sign-in ended get the codes its client reads as "session
 * expired" (the end-to-end suite's idle journey shows the reload that follows).
 */
class SessionEndedEntryPointTest {

    private static int statusFor(String vaadinRequestType) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", vaadinRequestType);
        var response = new MockHttpServletResponse();
        new SessionEndedEntryPoint().commence(request, response, new InsufficientAuthenticationException("ended"));
        return response.getStatus();
    }

    @Test
    void aHeartbeatIsForbidden() {
        assertThat(statusFor("heartbeat")).isEqualTo(403);
    }

    @Test
    void aServerRoundTripIsUnauthorized() {
        assertThat(statusFor("uidl")).isEqualTo(401);
    }

    @Test
    void theAnswerHasNoRedirect() throws Exception {
        var response = new MockHttpServletResponse();
        new SessionEndedEntryPoint().commence(new MockHttpServletRequest("POST", "/"), response,
                new InsufficientAuthenticationException("ended"));
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getContentAsString()).isEmpty();
    }
}
