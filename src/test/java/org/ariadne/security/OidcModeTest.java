package org.ariadne.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OIDC mode as in prod, without a running Keycloak: tokens shaped like the ones the realm in
 * docker/keycloak issues are mapped to roles and an organisation.
 */
@SpringBootTest(properties = "ariadne.security.mode=oidc")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class OidcModeTest {

    private static final String ISSUER = "http://keycloak.test/realms/ariadne";

    @TestConfiguration
    static class FakeKeycloak {

        @Bean
        ClientRegistrationRepository clientRegistrations() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                    .clientId("ariadne-web").clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .authorizationUri(ISSUER + "/protocol/openid-connect/auth")
                    .tokenUri(ISSUER + "/protocol/openid-connect/token")
                    .jwkSetUri(ISSUER + "/protocol/openid-connect/certs")
                    .userInfoUri(ISSUER + "/protocol/openid-connect/userinfo")
                    .userNameAttributeName("preferred_username")
                    .issuerUri(ISSUER)
                    .build());
        }

        /** Stands in for signature checking: the token text names the user. */
        @Bean
        JwtDecoder jwtDecoder() {
            return token -> switch (token) {
                case "police-token" -> keycloakJwt(token, "police.officer", "POL-CENTRAL",
                        List.of("CASEWORKER", "DECISION_MAKER", "offline_access", "default-roles-ariadne"));
                case "coordinator-token" -> keycloakJwt(token, "coordinator", "NCO", List.of("COORDINATOR"));
                default -> throw new BadJwtException("unknown token");
            };
        }
    }

    static Jwt keycloakJwt(String token, String username, String organisation, List<String> roles) {
        return Jwt.withTokenValue(token).header("alg", "RS256")
                .issuer(ISSUER).subject("sub-" + username).audience(List.of("ariadne-api"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .claim("preferred_username", username)
                .claim("organisation", organisation)
                .claim("roles", roles)
                .claim("realm_access", Map.of("roles", roles))
                .build();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GrantedAuthoritiesMapper authoritiesMapper;

    @Test
    void bearerTokenRolesAndOrganisationAreMapped() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer police-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("police.officer"))
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.roles[0]").value("CASEWORKER"))
                .andExpect(jsonPath("$.roles[1]").value("DECISION_MAKER"))
                .andExpect(jsonPath("$.organisation.code").value("POL-CENTRAL"))
                .andExpect(jsonPath("$.actorType").value("POLICE"));
    }

    @Test
    void invalidTokenAndBasicAuthAreRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer forged")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic("police.officer", "ariadne-demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void idTokenRolesBecomeAuthorities() {
        var idToken = new OidcIdToken("id", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "x", "iss", ISSUER, "roles", List.of("DPO", "uma_authorization"), "organisation", "NCO"));
        Set<String> mapped = authoritiesMapper.mapAuthorities(Set.of(new OidcUserAuthority(idToken)))
                .stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
        assertThat(mapped).containsExactly("ROLE_DPO");
    }

    /**
     * After an idle timeout Vaadin answers the next heartbeat 403 ("session expired") and the
     * container forwards that to /error; the forward keeps the status, so the browser client reloads
     * and the reload goes to Keycloak (a redirect it cannot follow would leave it reconnecting).
     */
    @Test
    void theErrorForwardOfAHeartbeatAfterTheSessionEndedKeepsItsStatus() throws Exception {
        mvc.perform(get("/error").param("v-r", "heartbeat").param("v-uiId", "1").with(request -> {
            request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403);
            request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/");
            return request;
        })).andExpect(status().isForbidden()).andExpect(header().doesNotExist("Location"));
    }

    @Test
    void browserIsSentToKeycloak() throws Exception {
        mvc.perform(get("/admin/organisations"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/oauth2/authorization/keycloak")));
    }
}
