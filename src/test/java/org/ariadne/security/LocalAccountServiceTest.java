package org.ariadne.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class LocalAccountServiceTest {

    @Autowired
    LocalAccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static AccountDraft draft(String username, String org, String password) {
        return new AccountDraft(username, "Test Person", org, Set.of(Role.CASEWORKER), true, password, 0);
    }

    @Test
    @WithUserDetails("admin")
    void administratorCreatesAnAccountThatCanLogIn() {
        AccountSummary created = accounts.create(draft("new.worker", "NGO-HARBOUR", "a-long-enough-pass"));
        assertThat(created.roles()).containsExactly(Role.CASEWORKER);
        var loaded = userDetails.loadUserByUsername("new.worker");
        assertThat(passwordEncoder.matches("a-long-enough-pass", loaded.getPassword())).isTrue();
        assertThat(loaded.getPassword()).doesNotContain("a-long-enough-pass");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'account.create'"
                + " AND object_ref = 'new.worker' AND username = 'admin'", Long.class)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void caseworkerCannotManageAccounts() {
        assertThatThrownBy(() -> accounts.create(draft("sneaky.one", "NGO-HARBOUR", "a-long-enough-pass")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void badInputIsRefusedAndChangesNothing() {
        long before = accounts.count("");
        assertThatThrownBy(() -> accounts.create(draft("short.pass", "NGO-HARBOUR", "short")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");
        assertThatThrownBy(() -> accounts.create(draft("no.org", "NO-SUCH-ORG", "a-long-enough-pass")))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("security.account.error.unknown-organisation");
        assertThatThrownBy(() -> accounts.create(draft("Bad Name!", "NGO-HARBOUR", "a-long-enough-pass")))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("username");
        assertThatThrownBy(() -> accounts.create(new AccountDraft("no.role", "X", "NGO-HARBOUR", Set.of(), true,
                "a-long-enough-pass", 0))).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("roles");
        assertThatThrownBy(() -> accounts.create(draft("admin", "NGO-HARBOUR", "a-long-enough-pass")))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("security.account.error.username-taken");
        assertThat(accounts.count("")).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void secondOfTwoConcurrentEditsIsRefused() {
        AccountSummary created = accounts.create(draft("edited.twice", "NGO-HARBOUR", "a-long-enough-pass"));
        var first = new AccountDraft(null, "First Editor", "NGO-HARBOUR", Set.of(Role.CASEWORKER), true, null,
                created.version());
        var second = new AccountDraft(null, "Second Editor", "NGO-NORTHSTAR", Set.of(Role.DPO), true, null,
                created.version());
        accounts.update(created.id(), first);
        assertThatThrownBy(() -> accounts.update(created.id(), second)).isInstanceOf(ConflictException.class);
        AccountSummary stored = accounts.find(created.id()).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("First Editor");
        assertThat(stored.roles()).containsExactly(Role.CASEWORKER);
    }

    @Test
    @WithUserDetails("admin")
    void deactivatedAccountCannotLogIn() {
        AccountSummary created = accounts.create(draft("leaving.soon", "NGO-HARBOUR", "a-long-enough-pass"));
        accounts.update(created.id(), new AccountDraft(null, "Leaving", "NGO-HARBOUR", Set.of(Role.CASEWORKER),
                false, null, created.version()));
        assertThat(userDetails.loadUserByUsername("leaving.soon").isEnabled()).isFalse();
    }
}
