package org.ariadne.referrals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ClockKind;
import org.ariadne.referrals.workflow.GuardianStatus;
import org.jspecify.annotations.Nullable;

/** A case's state on the referral mechanism; the version makes two simultaneous steps collide instead of overwrite. */
@Entity
@Table(name = "nrm_case")
class NrmCaseEntity {

    @Id
    @Column(name = "case_code", length = 16)
    String caseCode = "";

    @Version
    long version;

    @Column(name = "owner_org_id", nullable = false, updatable = false)
    long ownerOrgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    CaseStage stage = CaseStage.DETECTED;

    @Column(nullable = false)
    boolean child;

    @Enumerated(EnumType.STRING)
    @Column(name = "guardian_status", nullable = false, length = 16)
    GuardianStatus guardianStatus = GuardianStatus.NOT_REQUIRED;

    @Column(name = "facts_json", nullable = false)
    String factsJson = "";

    @Column(name = "justice_json", nullable = false)
    String justiceJson = "";

    @Column(name = "authority_org_id")
    @Nullable Long authorityOrgId;

    @Column(name = "child_protection_org_id")
    @Nullable Long childProtectionOrgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_kind", length = 32)
    @Nullable ClockKind clockKind;

    @Column(name = "clock_last_day")
    @Nullable LocalDate clockLastDay;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    protected NrmCaseEntity() {
    }

    NrmCaseEntity(String caseCode, long ownerOrgId) {
        this.caseCode = caseCode;
        this.ownerOrgId = ownerOrgId;
    }
}
