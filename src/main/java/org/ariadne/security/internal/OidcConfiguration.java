package org.ariadne.security.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * OIDC mode: Keycloak realm roles become ROLE_* authorities, for the UI login (from the ID token
 * and userinfo) and for API bearer tokens (from the access token); the user's tokens are kept in
 * their session, and a session that times out is ended at Keycloak too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ariadne.security.mode", havingValue = "oidc")
class OidcConfiguration {

    /** Picked up by Spring Security's OAuth2 login. */
    @Bean
    GrantedAuthoritiesMapper keycloakAuthoritiesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(KeycloakClaims.authoritiesFromRoles(oidc.getIdToken().getClaim(KeycloakClaims.ROLES)));
                    if (oidc.getUserInfo() != null) {
                        mapped.addAll(KeycloakClaims.authoritiesFromRoles(oidc.getUserInfo().getClaim(KeycloakClaims.ROLES)));
                    }
                } else if (authority instanceof OAuth2UserAuthority oauth) {
                    mapped.addAll(KeycloakClaims.authoritiesFromRoles(oauth.getAttributes().get(KeycloakClaims.ROLES)));
                }
            }
            return mapped;
        };
    }

    /**
     * The tokens of a signed-in user live in their HTTP session and die with it (Spring Boot's default
     * keeps them in memory per user name, beyond the session).
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** An application session that times out ends the Keycloak session too. */
    @Bean
    KeycloakSessionEnd keycloakSessionEnd() {
        return new KeycloakSessionEnd(java.time.Clock.systemUTC());
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> keycloakJwtConverter() {
        return jwt -> new JwtAuthenticationToken(jwt, KeycloakClaims.authoritiesFromRoles(jwt.getClaim(KeycloakClaims.ROLES)),
                jwt.getClaimAsString("preferred_username"));
    }
}
