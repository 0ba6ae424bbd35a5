package org.ariadne.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditOutcome;
import org.jspecify.annotations.Nullable;

/** Written once, never updated: the class has no setters and the table no update path. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "at", nullable = false)
    private Instant at = Instant.EPOCH;

    @Column(nullable = false, length = 64)
    private String username = "";

    @Column(name = "organisation_code", nullable = false, length = 40)
    private String organisationCode = "";

    @Column(nullable = false, length = 200)
    private String roles = "";

    @Column(nullable = false, length = 64)
    private String action = "";

    @Column(name = "object_type", nullable = false, length = 40)
    private String objectType = "";

    @Column(name = "object_ref", nullable = false, length = 80)
    private String objectRef = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome = AuditOutcome.SUCCESS;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress = "";

    @Column(nullable = false, length = 200)
    private String reason = "";

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash = "";

    @Column(nullable = false, length = 64)
    private String hash = "";

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(Instant at, String username, String organisationCode, String roles, String action,
                     String objectType, String objectRef, AuditOutcome outcome, String clientAddress, String reason,
                     String prevHash) {
        // Microseconds: what MariaDB stores, so the hash recomputed from the row matches.
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.username = username;
        this.organisationCode = organisationCode;
        this.roles = roles;
        this.action = action;
        this.objectType = objectType;
        this.objectRef = objectRef;
        this.outcome = outcome;
        this.clientAddress = clientAddress;
        this.reason = reason;
        this.prevHash = prevHash;
        this.hash = org.ariadne.audit.AuditChain.hash(prevHash, hashedFields());
    }

    /** The fields the hash covers, in a fixed order. */
    List<String> hashedFields() {
        return List.of(at.toString(), username, organisationCode, roles, action, objectType, objectRef,
                outcome.name(), clientAddress, reason);
    }

    /** The values of the insert's columns, in {@code AuditWriter}'s order. */
    Object[] columnValues() {
        return new Object[] {stored(at), username, organisationCode, roles, action, objectType, objectRef,
            outcome.name(), clientAddress, reason, prevHash, hash};
    }

    /**
     * The entry's time as the database keeps it: the UTC wall-clock time, as Hibernate binds and reads
     * an {@link Instant} with {@code hibernate.jdbc.time_zone: UTC}, so the trail reads back the very
     * value the hash covers.
     */
    private static LocalDateTime stored(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public @Nullable Long getId() {
        return id;
    }

    String getPrevHash() {
        return prevHash;
    }

    String getHash() {
        return hash;
    }

    public AuditEntry toValue() {
        return new AuditEntry(id == null ? 0 : id, at, username, organisationCode, roles, action, objectType, objectRef,
                outcome, clientAddress, reason);
    }
}
