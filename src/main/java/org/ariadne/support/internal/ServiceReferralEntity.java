package org.ariadne.support.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.ariadne.organisations.ActorType;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.RevocationCause;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.jspecify.annotations.Nullable;

/** A service referral; the version makes two simultaneous answers collide instead of overwrite. */
@Entity
@Table(name = "service_referral")
class ServiceReferralEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Long id;

    @Version
    long version;

    @Column(name = "case_code", nullable = false, updatable = false, length = 16)
    String caseCode = "";

    @Column(name = "owner_org_id", nullable = false, updatable = false)
    long ownerOrgId;

    @Column(name = "provider_org_id", nullable = false, updatable = false)
    long providerOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, updatable = false, length = 32)
    ServiceType serviceType = ServiceType.ACCOMMODATION;

    @Column(name = "needs_enc", nullable = false)
    String needsEnc = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    ServiceReferralStatus status = ServiceReferralStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "referring_actor_type", nullable = false, updatable = false, length = 32)
    ActorType referringActorType = ActorType.NGO;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_actor_type", nullable = false, updatable = false, length = 32)
    ActorType providerActorType = ActorType.SERVICE_PROVIDER;

    @Column(name = "referred_by", nullable = false, updatable = false, length = 64)
    String referredBy = "";

    @Column(name = "referred_at", nullable = false, updatable = false)
    Instant referredAt = Instant.EPOCH;

    @Column(name = "referred_on", nullable = false, updatable = false)
    LocalDate referredOn = LocalDate.EPOCH;

    @Column(name = "answered_by", length = 64)
    @Nullable String answeredBy;

    @Column(name = "answered_on")
    @Nullable LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 48)
    @Nullable DeclineReason declineReason;

    @Column(name = "decline_note_enc")
    @Nullable String declineNoteEnc;

    @Column(name = "delivery_start")
    @Nullable LocalDate deliveryStart;

    @Column(name = "delivery_end")
    @Nullable LocalDate deliveryEnd;

    @Column(name = "caseworker_rating")
    @Nullable Integer caseworkerRating;

    @Column(name = "revoked_on")
    @Nullable LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_because", length = 24)
    @Nullable RevocationCause revokedBecause;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    protected ServiceReferralEntity() {
    }
}
