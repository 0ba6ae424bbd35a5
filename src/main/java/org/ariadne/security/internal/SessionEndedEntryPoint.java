package org.ariadne.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers Vaadin's own background requests (heartbeats, server round trips) that arrive after the
 * sign-in ended with the status codes its browser client reads as "session expired": it then
 * reloads the page, and the page load goes to the login. A redirect to the login, as for pages,
 * is useless there: the client's request cannot follow it to Keycloak (another origin), and
 * treats the failure as a lost connection, retrying for ever.
 */
class SessionEndedEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        // Vaadin's client: a heartbeat answered 403, or a round trip answered 401, means the session expired.
        response.setStatus("heartbeat".equals(request.getParameter("v-r")) ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
