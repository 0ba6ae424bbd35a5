package org.ariadne.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import jakarta.servlet.http.HttpSessionEvent;

/** A timed-out application session is ended at Keycloak through its non-browser logout; a sign-out is not. */
class KeycloakSessionEndTest {

    private HttpServer keycloak;
    private final List<String> logouts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void fakeKeycloak() throws Exception {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/ariadne/protocol/openid-connect/logout", exchange -> {
            logouts.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        keycloak.start();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private MockHttpSession signedInSession() {
        String issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/ariadne";
        var registration = ClientRegistration.withRegistrationId("keycloak").clientId("ariadne-web")
                .clientSecret("the-secret").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(issuer + "/protocol/openid-connect/auth")
                .tokenUri(issuer + "/protocol/openid-connect/token")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/protocol/openid-connect/logout"))
                .build();
        var access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", Instant.now(),
                Instant.now().plusSeconds(300));
        var client = new OAuth2AuthorizedClient(registration, "ngo.caseworker", access,
                new OAuth2RefreshToken("the-refresh-token", Instant.now()));
        var session = new MockHttpSession(new MockServletContext());
        session.setMaxInactiveInterval(60);
        session.setAttribute(KeycloakSessionEnd.AUTHORIZED_CLIENTS, Map.of("keycloak", client));
        return session;
    }

    private void destroy(MockHttpSession session, long millisAfterLastAccess) {
        var clock = Clock.fixed(Instant.ofEpochMilli(session.getLastAccessedTime() + millisAfterLastAccess), ZoneOffset.UTC);
        new KeycloakSessionEnd(clock).sessionDestroyed(new HttpSessionEvent(session));
    }

    @Test
    void anIdleSessionIsEndedAtKeycloakWithItsRefreshToken() {
        destroy(signedInSession(), 61_000);
        assertThat(logouts).singleElement().satisfies(form -> assertThat(form)
                .contains("client_id=ariadne-web", "client_secret=the-secret", "refresh_token=the-refresh-token"));
    }

    @Test
    void aSessionEndedForItsAgeIsEndedAtKeycloak() {
        var session = signedInSession();
        session.setAttribute(KeycloakSessionEnd.TIMED_OUT, Boolean.TRUE);
        destroy(session, 1_000);
        assertThat(logouts).hasSize(1);
    }

    @Test
    void aSignOutIsLeftToTheBrowsersLogout() {
        destroy(signedInSession(), 1_000);
        assertThat(logouts).isEmpty();
    }

    @Test
    void anUnreachableKeycloakDoesNotBreakTheSessionEnd() {
        var session = signedInSession();
        keycloak.stop(0);
        destroy(session, 61_000);
        assertThat(logouts).isEmpty();
    }
}
