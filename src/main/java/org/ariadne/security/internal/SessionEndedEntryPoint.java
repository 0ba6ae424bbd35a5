package org.ariadne.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Answers Vaadin's own background requests (heartbeats, server round trips) that arrive after the
 * sign-in ended with the status codes its browser client reads as "session expired": it then
 * reloads the page, and the page load goes to the login. A redirect to the login, as for pages,
 * is useless there: the client's request cannot follow it to Keycloak (another origin), and
 * treats the failure as a lost connection, retrying for ever.
 */
class SessionEndedEntryPoint implements AuthenticationEntryPoint {

    private final Predicate<HttpServletRequest> vaadinBackgroundRequest;
    private final AuthenticationEntryPoint pages;

    /**
     * @param vaadinBackgroundRequest which requests are Vaadin's own
     * @param loginUrl where any other request goes: the login view, or the OIDC authorization start
     */
    SessionEndedEntryPoint(Predicate<HttpServletRequest> vaadinBackgroundRequest, String loginUrl) {
        this.vaadinBackgroundRequest = vaadinBackgroundRequest;
        this.pages = new LoginUrlAuthenticationEntryPoint(loginUrl);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (request.getParameter("v-r") == null || !vaadinBackgroundRequest.test(request)) {
            pages.commence(request, response, e);
            return;
        }
        // Vaadin's client: a heartbeat answered 403, or a round trip answered 401, means the session expired.
        response.setStatus("heartbeat".equals(request.getParameter("v-r")) ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
