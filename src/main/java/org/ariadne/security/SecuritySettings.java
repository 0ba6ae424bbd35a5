package org.ariadne.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.security.*}: how users log in and how long an idle session lives.
 *
 * @param mode           LOCAL (embedded default) or OIDC (prod)
 * @param idleTimeout    a session without user interaction ends after this
 * @param absoluteTimeout a session ends after this however active it is
 * @param demoPassword   password of every demo account (embedded default only)
 * @param logoutRedirect where OIDC logout returns to (RP-initiated logout)
 */
@ConfigurationProperties("ariadne.security")
public record SecuritySettings(@DefaultValue("LOCAL") SecurityMode mode,
                               @DefaultValue("15m") Duration idleTimeout,
                               @DefaultValue("10h") Duration absoluteTimeout,
                               @DefaultValue("ariadne-demo") String demoPassword,
                               @DefaultValue("{baseUrl}") String logoutRedirect) {
}
