package org.ariadne.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a local-account login; keeps the organisation so services can scope access. */
public record AriadneUserDetails(String username, String password, String displayName, String organisationCode,
                                 List<GrantedAuthority> authorities, boolean enabled) implements UserDetails {

    static AriadneUserDetails of(LocalAccount account) {
        List<GrantedAuthority> authorities = account.getRoles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new AriadneUserDetails(account.getUsername(), account.getPasswordHash(), account.getDisplayName(),
                account.getOrganisationCode(), authorities, account.isActive());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        // Never print the hash.
        return "AriadneUserDetails[" + username + "]";
    }
}
