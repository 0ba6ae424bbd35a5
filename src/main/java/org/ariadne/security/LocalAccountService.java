package org.ariadne.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ariadne.common.Checks;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.NotFoundException;
import org.ariadne.security.internal.LocalAccount;
import org.ariadne.security.internal.LocalAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of local accounts (embedded default only; in prod, users live in Keycloak and
 * this service reports itself unavailable). Only administrators may use it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class LocalAccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationDirectory organisations;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;

    LocalAccountService(LocalAccountRepository accounts, PasswordEncoder passwordEncoder,
                        OrganisationDirectory organisations, SecuritySettings settings,
                        ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
        this.settings = settings;
        this.events = events;
    }

    /** Whether local accounts are in use at all (false when users come from Keycloak). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isAvailable() {
        return settings.mode() == SecurityMode.LOCAL;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> list(String filter, Pageable pageable) {
        requireAvailable();
        return accounts.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(filter, filter, pageable)
                .map(LocalAccountService::summary);
    }

    @Transactional(readOnly = true)
    public long count(String filter) {
        requireAvailable();
        return accounts.countByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(filter, filter);
    }

    public AccountSummary create(AccountDraft draft) {
        requireAvailable();
        String username = Checks.matching(draft.username(), "username", USERNAME, 64);
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "security.account.error.username-taken");
        }
        String password = checkedPassword(draft.password());
        var account = new LocalAccount(username, Checks.required(draft.displayName(), "displayName", 120),
                passwordEncoder.encode(password), checkedOrganisation(draft.organisationCode()),
                checkedRoles(draft), false);
        AccountSummary created = summary(accounts.save(account));
        events.publishEvent(new AdministrativeChange("account.create", "account", created.username()));
        return created;
    }

    /** Updates the account; a non-empty password in the draft also resets the password. */
    public AccountSummary update(long id, AccountDraft draft) {
        requireAvailable();
        LocalAccount account = load(id);
        if (account.getVersion() != draft.version()) {
            throw ConflictException.staleVersion();
        }
        String newPassword = draft.password() == null || draft.password().isEmpty() ? null
                : checkedPassword(draft.password());
        account.update(Checks.required(draft.displayName(), "displayName", 120),
                checkedOrganisation(draft.organisationCode()), checkedRoles(draft), draft.active());
        if (newPassword != null) {
            account.changePasswordHash(passwordEncoder.encode(newPassword));
        }
        AccountSummary updated = summary(accounts.saveAndFlush(account));
        events.publishEvent(new AdministrativeChange(newPassword == null ? "account.update"
                : "account.update-and-reset-password", "account", updated.username()));
        return updated;
    }

    public void resetPassword(long id, String newPassword) {
        requireAvailable();
        LocalAccount account = load(id);
        account.changePasswordHash(passwordEncoder.encode(checkedPassword(newPassword)));
        events.publishEvent(new AdministrativeChange("account.reset-password", "account", account.getUsername()));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(long id) {
        requireAvailable();
        return accounts.findById(id).map(LocalAccountService::summary);
    }

    private LocalAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("security.account.error.not-found"));
    }

    private void requireAvailable() {
        if (!isAvailable()) {
            throw new InvalidInputException("mode", "security.account.error.managed-by-keycloak");
        }
    }

    private String checkedOrganisation(String code) {
        String checked = Checks.required(code, "organisationCode", 40);
        if (!organisations.isActiveOrganisation(checked)) {
            throw new InvalidInputException("organisationCode", "security.account.error.unknown-organisation");
        }
        return checked;
    }

    private static EnumSet<Role> checkedRoles(AccountDraft draft) {
        if (draft.roles().isEmpty()) {
            throw new InvalidInputException("roles", "security.account.error.no-role");
        }
        return EnumSet.copyOf(draft.roles());
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "security.account.error.password-too-short", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 128) {
            throw new InvalidInputException("password", "common.error.too-long", 128);
        }
        return password;
    }

    private static AccountSummary summary(LocalAccount account) {
        return new AccountSummary(account.getId() == null ? 0 : account.getId(), account.getVersion(),
                account.getUsername(), account.getDisplayName(), account.getOrganisationCode(), account.getRoles(),
                account.isActive());
    }
}
