package org.ariadne.cases.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.EconomicSector;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.SexualExploitationType;
import org.ariadne.organisations.ActorType;
import org.jspecify.annotations.Nullable;

/** Persistence of a case. Fields ending in Enc hold ciphertext; only CaseStore reads or writes them. */
@Entity
@Table(name = "case_record")
class CaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Long id;

    @Version
    long version;

    @Column(nullable = false, length = 16, updatable = false)
    String code = "";

    @Column(name = "organisation_id", nullable = false, updatable = false)
    long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "identifying_actor_type", nullable = false, length = 32, updatable = false)
    ActorType identifyingActorType = ActorType.NGO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CaseStatus status = CaseStatus.DRAFT;

    @Column(nullable = false)
    boolean synthetic;

    @Column(nullable = false)
    boolean child;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Column(name = "name_enc")
    @Nullable String nameEnc;

    @Column(name = "aliases_enc")
    @Nullable String aliasesEnc;

    @Column(name = "birth_date_enc")
    @Nullable String birthDateEnc;

    @Column(name = "identity_documents_enc")
    @Nullable String identityDocumentsEnc;

    @Column(name = "contact_enc")
    @Nullable String contactEnc;

    @Column(name = "identity_hash", length = 64)
    @Nullable String identityHash;

    @Column(name = "estimated_age")
    @Nullable Integer estimatedAge;

    @Column(name = "age_disputed", nullable = false)
    boolean ageDisputed;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    @Nullable Sex sex;

    @Column(nullable = false, length = 80)
    String citizenships = "";

    @Column(nullable = false, length = 80)
    String languages = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    @Nullable Disability disability;

    @Column(nullable = false)
    boolean pregnant;

    @Column(name = "encounter_date")
    @Nullable LocalDate encounterDate;

    @Column(nullable = false, length = 80)
    String region = "";

    @Column(nullable = false, length = 80)
    String municipality = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    @Nullable Channel channel;

    @Column(name = "technology_facilitated", nullable = false)
    boolean technologyFacilitated;

    @Column(nullable = false, length = 500)
    String platforms = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "economic_sector", length = 1)
    @Nullable EconomicSector economicSector;

    @Column(name = "recruitment_countries", nullable = false, length = 80)
    String recruitmentCountries = "";

    @Column(name = "transit_countries", nullable = false, length = 80)
    String transitCountries = "";

    @Column(name = "exploitation_countries", nullable = false, length = 80)
    String exploitationCountries = "";

    @Column(name = "narrative_enc")
    @Nullable String narrativeEnc;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_form", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 32)
    Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_sexual_type", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 32)
    Set<SexualExploitationType> sexualTypes = EnumSet.noneOf(SexualExploitationType.class);

    protected CaseEntity() {
    }
}
