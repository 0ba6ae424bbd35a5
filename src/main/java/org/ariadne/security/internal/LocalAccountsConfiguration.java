package org.ariadne.security.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Local accounts exist only in LOCAL mode; the prod profile refuses that mode at start-up. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ariadne.security.mode", havingValue = "local", matchIfMissing = true)
class LocalAccountsConfiguration {

    @Bean
    UserDetailsService localAccountUserDetailsService(LocalAccountRepository accounts) {
        return new LocalAccountUserDetailsService(accounts);
    }
}
