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

    private static int statusFor(String vaadinRequestType) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", vaadinRequestType);
        var response = new MockHttpServletResponse();
        new SessionEndedEntryPoint(r -> true, "/login").commence(request, response, new InsufficientAuthenticationException("ended"));
        return response.getStatus();
    }

    @Test
    void aHeartbeatIsForbidden() throws Exception {
        assertThat(statusFor("heartbeat")).isEqualTo(403);
    }

    @Test
    void aServerRoundTripIsUnauthorized() throws Exception {
        assertThat(statusFor("uidl")).isEqualTo(401);
    }

    @Test
    void theAnswerToABackgroundRequestHasNoRedirect() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        var response = new MockHttpServletResponse();
        new SessionEndedEntryPoint(r -> true, "/login").commence(request, response,
                new InsufficientAuthenticationException("ended"));
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void aPageGoesToTheLogin() throws Exception {
        var response = new MockHttpServletResponse();
        new SessionEndedEntryPoint(r -> false, "/oauth2/authorization/keycloak")
                .commence(new MockHttpServletRequest("GET", "/cases"), response, new InsufficientAuthenticationException("ended"));
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");
    }
}
