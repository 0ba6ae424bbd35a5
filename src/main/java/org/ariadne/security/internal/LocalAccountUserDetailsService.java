package org.ariadne.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts for form login and HTTP Basic. Deactivated accounts load as disabled. */
class LocalAccountUserDetailsService implements UserDetailsService {

    private final LocalAccountRepository accounts;

    LocalAccountUserDetailsService(LocalAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(AriadneUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
