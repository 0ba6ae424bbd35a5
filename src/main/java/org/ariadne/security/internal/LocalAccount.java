package org.ariadne.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.ariadne.security.Role;
import org.jspecify.annotations.Nullable;

/** A login of the embedded default. Passwords are stored only as hashes. */
@Entity
@Table(name = "local_account")
public class LocalAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash = "";

    @Column(name = "organisation_code", nullable = false, length = 40)
    private String organisationCode = "";

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "local_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected LocalAccount() {
    }

    public LocalAccount(String username, String displayName, String passwordHash, String organisationCode,
                        Set<Role> roles, boolean demo) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisationCode = organisationCode;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.demo = demo;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void update(String displayName, String organisationCode, Set<Role> roles, boolean active) {
        this.displayName = displayName;
        this.organisationCode = organisationCode;
        this.roles.clear();
        this.roles.addAll(roles);
        this.active = active;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
