package org.ariadne.support.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.ConflictException;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.RevocationCause;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps service referrals, their free text encrypted. Every change names the version the caller
 * saw and is refused as a conflict when the referral moved on; a concurrent writer that read the
 * same version loses at flush. Whether a change is allowed, and the state it leads to, is the
 * service's business.
 */
@Component
public class ReferralStore {

    /** For changes that follow from elsewhere (consent withdrawn, case closed), whatever the version. */
    public static final long ANY_VERSION = -1;

    static final String NEEDS = "support.needs";
    static final String DECLINE_NOTE = "support.declineNote";
    private static final EnumSet<ServiceReferralStatus> OPEN = EnumSet.of(ServiceReferralStatus.PENDING,
            ServiceReferralStatus.ACCEPTED, ServiceReferralStatus.DELIVERING);

    private final ServiceReferralRepository referrals;
    private final EntityManager entityManager;
    private final FieldCipher cipher;

    ReferralStore(ServiceReferralRepository referrals, EntityManager entityManager, FieldCipher cipher) {
        this.referrals = referrals;
        this.entityManager = entityManager;
        this.cipher = cipher;
    }

    public StoredReferral create(CaseCode code, OrganisationId owner, Organisation provider, ServiceType type,
                                 String needs, Actor by, LocalDate on, Instant now) {
        var entity = new ServiceReferralEntity();
        entity.caseCode = code.value();
        entity.ownerOrgId = owner.value();
        entity.providerOrgId = provider.id().value();
        entity.serviceType = type;
        entity.needsEnc = sealed(needs, NEEDS);
        entity.referringActorType = by.actorType();
        entity.providerActorType = provider.actorType();
        entity.referredBy = by.username();
        entity.referredAt = now;
        entity.referredOn = on;
        entity.updatedAt = now;
        return value(referrals.saveAndFlush(entity));
    }

    public Optional<StoredReferral> find(long id) {
        return referrals.findById(id).map(ReferralStore::value);
    }

    /** The case's referrals, newest first. */
    public List<StoredReferral> ofCase(CaseCode code) {
        return referrals.findByCaseCodeOrderByReferredAtDescIdDesc(code.value()).stream().map(ReferralStore::value)
                .toList();
    }

    /** The case's referrals that can still give or come to give access: pending, accepted, delivering. */
    public List<StoredReferral> open(CaseCode code) {
        return referrals.findByCaseCodeAndStatusIn(code.value(), OPEN).stream().map(ReferralStore::value).toList();
    }

    /** A page of the referrals to a provider, newest first, optionally of one status. */
    public List<StoredReferral> inbox(OrganisationId provider, @Nullable ServiceReferralStatus status, int offset,
                                      int limit) {
        String jpql = "SELECT r FROM ServiceReferralEntity r WHERE r.providerOrgId = :provider"
                + (status == null ? "" : " AND r.status = :status") + " ORDER BY r.referredAt DESC, r.id DESC";
        var query = entityManager.createQuery(jpql, ServiceReferralEntity.class)
                .setParameter("provider", provider.value());
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ReferralStore::value)
                .toList();
    }

    public StoredReferral answer(long id, long expectedVersion, ServiceReferralStatus status, String by, LocalDate on,
                                 @Nullable DeclineReason reason, @Nullable String note, Instant now) {
        return update(id, expectedVersion, now, e -> {
            e.status = status;
            e.answeredBy = by;
            e.answeredOn = on;
            e.declineReason = reason;
            e.declineNoteEnc = note == null || note.isEmpty() ? null : sealed(note, DECLINE_NOTE);
        });
    }

    public StoredReferral deliveryStarted(long id, long expectedVersion, ServiceReferralStatus status, LocalDate start,
                                          Instant now) {
        return update(id, expectedVersion, now, e -> {
            e.status = status;
            e.deliveryStart = start;
        });
    }

    public StoredReferral deliveryEnded(long id, long expectedVersion, ServiceReferralStatus status, LocalDate end,
                                        Instant now) {
        return update(id, expectedVersion, now, e -> {
            e.status = status;
            e.deliveryEnd = end;
        });
    }

    public StoredReferral rated(long id, long expectedVersion, int rating, Instant now) {
        return update(id, expectedVersion, now, e -> e.caseworkerRating = rating);
    }

    public StoredReferral revoked(long id, long expectedVersion, ServiceReferralStatus status, RevocationCause cause,
                                  LocalDate on, Instant now) {
        return update(id, expectedVersion, now, e -> {
            e.status = status;
            e.revokedBecause = cause;
            e.revokedOn = on;
        });
    }

    public String needs(StoredReferral referral) {
        return cipher.decrypt(referral.sealedNeeds(), NEEDS);
    }

    public @Nullable String declineNote(StoredReferral referral) {
        return referral.sealedDeclineNote() == null ? null : cipher.decrypt(referral.sealedDeclineNote(), DECLINE_NOTE);
    }

    private StoredReferral update(long id, long expectedVersion, Instant now, Consumer<ServiceReferralEntity> change) {
        ServiceReferralEntity entity = referrals.findById(id).orElseThrow();
        if (expectedVersion != ANY_VERSION && entity.version != expectedVersion) {
            throw new ConflictException("support.error.conflict");
        }
        change.accept(entity);
        entity.updatedAt = now;
        return value(referrals.saveAndFlush(entity));
    }

    private String sealed(String text, String purpose) {
        String sealed = cipher.encrypt(text, purpose);
        if (sealed == null) {
            throw new IllegalStateException("encryption gave nothing");
        }
        return sealed;
    }

    private static StoredReferral value(ServiceReferralEntity e) {
        if (e.id == null) {
            throw new IllegalStateException("referral not stored");
        }
        return new StoredReferral(e.id, e.version, new CaseCode(e.caseCode), new OrganisationId(e.ownerOrgId),
                new OrganisationId(e.providerOrgId), e.serviceType, e.status, e.referringActorType,
                e.providerActorType, e.referredBy, e.referredAt, e.referredOn, e.answeredBy, e.answeredOn,
                e.declineReason, e.deliveryStart, e.deliveryEnd, e.caseworkerRating, e.revokedOn, e.revokedBecause,
                e.needsEnc, e.declineNoteEnc);
    }
}
