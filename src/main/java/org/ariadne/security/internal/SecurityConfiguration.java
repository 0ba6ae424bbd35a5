package org.ariadne.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.ariadne.security.SecurityMode;
import org.ariadne.security.SecuritySettings;
import org.ariadne.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API under /api (stateless; HTTP Basic for local accounts in the
 * embedded default, Keycloak bearer tokens in prod) and the Vaadin UI (session; login view or
 * OIDC). Method security (@PreAuthorize) is for services; JSR-250 annotations stay off because
 * Vaadin reads @RolesAllowed on views itself, and proxying views would break them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    static final String API_PATTERN = "/api/**";
    static final String OPENAPI_PATTERN = "/api/v1/openapi/**";
    /**
     * What Vaadin needs and no more: its bootstrap page uses inline scripts and styles; the
     * development bundle also evaluates code. No third-party origin, no framing, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self';"
            + " object-src 'none'";

    /** An idle timeout ends the sign-in, not only Vaadin's session. */
    @Bean
    IdleSessionEnd idleSessionEnd() {
        return new IdleSessionEnd(java.time.Clock.systemUTC());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, SecuritySettings settings,
                                       ObjectProvider<Converter<Jwt, AbstractAuthenticationToken>> jwtConverter) {
        var problems = new ProblemResponses();
        http.securityMatcher(API_PATTERN)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPENAPI_PATTERN).permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.cacheControl(cache -> { }));
        if (settings.mode() == SecurityMode.LOCAL) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        } else {
            http.oauth2ResourceServer(rs -> rs
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter.getObject())));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, SecuritySettings settings, RequestUtil requestUtil) {
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        http.addFilterBefore(new AbsoluteSessionTimeout(settings.absoluteTimeout(), java.time.Clock.systemUTC()),
                SecurityContextHolderFilter.class);
        // An error the application answered (Vaadin's "session expired" 403 to a heartbeat, say) is forwarded
        // to /error; that dispatch is not a new request to authorise, or the answer becomes a login redirect.
        // The language links are on the sign-in page too: choosing a language needs no sign-in.
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                .requestMatchers(HttpMethod.GET, "/language/*").permitAll());
        // Registered before Vaadin's and OAuth2 login's entry points, so it is the one used (also as their
        // default): pages go to the login as before, Vaadin's background requests get "session expired".
        String loginUrl = settings.mode() == SecurityMode.LOCAL ? "/login" : "/oauth2/authorization/keycloak";
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                new SessionEndedEntryPoint(requestUtil::isFrameworkInternalRequest, loginUrl), request -> true));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            if (settings.mode() == SecurityMode.LOCAL) {
                vaadin.loginView(LoginView.class);
            } else {
                vaadin.oauth2LoginPage("/oauth2/authorization/keycloak", settings.logoutRedirect());
            }
        });
        return http.build();
    }
}
