package org.ariadne.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * OIDC mode: when the application's session ends by itself (idle or absolute timeout), the user's
 * Keycloak session ends too. Otherwise the next visit would be signed in again silently by
 * Keycloak's single sign-on, and the idle timeout would protect nothing. Uses Keycloak's
 * non-browser logout: the session's refresh token, posted with the client's credentials to the
 * end-session endpoint. A sign-out needs none of this: it is an RP-initiated logout in the browser.
 */
class KeycloakSessionEnd implements HttpSessionListener {

    /** Set on a session that is invalidated because it lived too long (see {@link AbsoluteSessionTimeout}). */
    static final String TIMED_OUT = KeycloakSessionEnd.class.getName() + ".TIMED_OUT";
    static final String AUTHORIZED_CLIENTS = HttpSessionOAuth2AuthorizedClientRepository.class.getName()
            + ".AUTHORIZED_CLIENTS";

    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionEnd.class);

    private final RestClient http;
    private final Clock clock;

    KeycloakSessionEnd(Clock clock) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(2_000);
        requests.setReadTimeout(5_000);
        this.http = RestClient.builder().requestFactory(requests).build();
        this.clock = clock;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (!timedOut(session) || !(session.getAttribute(AUTHORIZED_CLIENTS) instanceof Map<?, ?> clients)) {
            return;
        }
        for (Object client : clients.values()) {
            if (client instanceof OAuth2AuthorizedClient authorized && authorized.getRefreshToken() != null) {
                end(authorized);
            }
        }
    }

    private boolean timedOut(HttpSession session) {
        if (session.getAttribute(TIMED_OUT) != null) {
            return true;
        }
        long idleLimit = session.getMaxInactiveInterval() * 1000L;
        return idleLimit > 0 && clock.millis() - session.getLastAccessedTime() >= idleLimit;
    }

    private void end(OAuth2AuthorizedClient client) {
        var registration = client.getClientRegistration();
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            log.warn("The identity provider names no end-session endpoint; its session outlives the application's");
            return;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("client_id", registration.getClientId());
        form.add("client_secret", registration.getClientSecret());
        form.add("refresh_token", client.getRefreshToken().getTokenValue());
        try {
            http.post().uri(endpoint.toString()).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .retrieve().toBodilessEntity();
            log.info("A timed-out session was ended at the identity provider too");
        } catch (RestClientException e) {
            // Keycloak's own idle timeout still ends it later.
            log.warn("A timed-out session could not be ended at the identity provider: {}", e.getMessage());
        }
    }
}
