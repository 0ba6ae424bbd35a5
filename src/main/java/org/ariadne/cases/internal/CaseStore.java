package org.ariadne.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDetails;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.PersonData;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.privacy.BlindIndex;
import org.ariadne.privacy.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Maps cases between their records and the database, encrypting direct identifiers on the way in
 * and decrypting them on the way out. Authorisation is the service's job, not this class's.
 */
@Component
public class CaseStore {

    /** A stored case and the organisation that owns it, for the service's access check. */
    public record Stored(OrganisationId owner, CaseDetails details) {
    }

    private final CaseRepository cases;
    private final CaseCodeAllocator codes;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final OrganisationService organisations;

    CaseStore(CaseRepository cases, CaseCodeAllocator codes, FieldCipher cipher, BlindIndex blindIndex,
              OrganisationService organisations) {
        this.cases = cases;
        this.codes = codes;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.organisations = organisations;
    }

    public Stored create(CaseDraft draft, Actor actor, boolean child, Instant now, boolean synthetic) {
        var entity = new CaseEntity();
        entity.code = codes.next(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).getYear()).value();
        entity.organisationId = actor.organisationId().value();
        entity.identifyingActorType = actor.actorType();
        entity.createdAt = now;
        entity.createdBy = actor.username();
        entity.synthetic = synthetic;
        apply(entity, draft, child, now);
        CaseEntity saved = cases.saveAndFlush(entity);
        return new Stored(actor.organisationId(), toDetails(saved, actor.organisation()));
    }

    public Optional<Stored> find(CaseCode code) {
        return cases.findByCode(code.value()).map(entity -> {
            Organisation owner = organisations.find(new OrganisationId(entity.organisationId)).orElseThrow();
            return new Stored(owner.id(), toDetails(entity, owner));
        });
    }

    public Optional<OrganisationId> ownerOf(CaseCode code) {
        return cases.findByCode(code.value()).map(entity -> new OrganisationId(entity.organisationId));
    }

    public Optional<CaseStatus> statusOf(CaseCode code) {
        return cases.findByCode(code.value()).map(entity -> entity.status);
    }

    /** The non-identifying facts of a case; nothing is decrypted. */
    public Optional<CaseHeader> header(CaseCode code, CaseHeader.Reach reach) {
        return cases.findByCode(code.value()).map(e -> {
            Organisation owner = organisations.find(new OrganisationId(e.organisationId)).orElseThrow();
            return new CaseHeader(code, owner.id(), owner.name(), owner.region(), e.identifyingActorType, e.status,
                    e.child, e.synthetic, e.createdAt, e.createdBy, reach);
        });
    }

    /** Sets the lifecycle status (the referral mechanism closes and reopens cases). */
    public void setStatus(CaseCode code, CaseStatus status, Instant now) {
        CaseEntity entity = cases.findByCode(code.value()).orElseThrow();
        entity.status = status;
        entity.updatedAt = now;
        cases.saveAndFlush(entity);
    }

    /** Applies an update; the caller has checked access. Refuses a stale version. */
    public Stored update(CaseCode code, CaseDraft draft, boolean child, Instant now) {
        CaseEntity entity = cases.findByCode(code.value()).orElseThrow();
        if (entity.version != draft.version()) {
            throw org.ariadne.common.ConflictException.staleVersion();
        }
        apply(entity, draft, child, now);
        CaseEntity saved = cases.saveAndFlush(entity);
        Organisation owner = organisations.find(new OrganisationId(saved.organisationId)).orElseThrow();
        return new Stored(owner.id(), toDetails(saved, owner));
    }

    public List<CaseCode> sameIdentity(OrganisationId organisation, PersonData person, CaseCode except) {
        String hash = blindIndex.identity(person.name(), person.dateOfBirth());
        if (hash == null) {
            return List.of();
        }
        return cases.findSameIdentity(organisation.value(), hash, except.value()).stream().map(CaseCode::new).toList();
    }

    private void apply(CaseEntity e, CaseDraft draft, boolean child, Instant now) {
        PersonData p = draft.person();
        e.nameEnc = cipher.encrypt(blankToNull(p.name()), "person.name");
        e.aliasesEnc = cipher.encrypt(blankToNull(p.aliases()), "person.aliases");
        e.birthDateEnc = cipher.encrypt(p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), "person.dateOfBirth");
        e.identityDocumentsEnc = cipher.encrypt(blankToNull(p.identityDocuments()), "person.identityDocuments");
        e.contactEnc = cipher.encrypt(blankToNull(p.contact()), "person.contact");
        e.identityHash = blindIndex.identity(p.name(), p.dateOfBirth());
        e.estimatedAge = p.estimatedAge();
        e.ageDisputed = p.ageDisputed();
        e.sex = p.sex();
        e.citizenships = Lists.join(p.citizenships());
        e.languages = Lists.join(p.languages());
        e.disability = p.disability();
        e.pregnant = p.pregnant();
        EncounterData enc = draft.encounter();
        e.encounterDate = enc.date();
        e.region = nullToEmpty(enc.region());
        e.municipality = nullToEmpty(enc.municipality());
        e.channel = enc.channel();
        ExploitationData x = draft.exploitation();
        e.forms.clear();
        e.forms.addAll(x.forms());
        e.sexualTypes.clear();
        e.sexualTypes.addAll(x.sexualTypes());
        e.technologyFacilitated = x.technologyFacilitated();
        e.platforms = nullToEmpty(x.platforms());
        e.economicSector = x.economicSector();
        e.recruitmentCountries = Lists.join(x.recruitmentCountries());
        e.transitCountries = Lists.join(x.transitCountries());
        e.exploitationCountries = Lists.join(x.exploitationCountries());
        e.narrativeEnc = cipher.encrypt(blankToNull(x.narrative()), "exploitation.narrative");
        e.child = child;
        if (draft.submit() && e.status == CaseStatus.DRAFT) {
            e.status = CaseStatus.OPEN;
        }
        e.updatedAt = now;
    }

    private CaseDetails toDetails(CaseEntity e, Organisation owner) {
        String birth = cipher.decrypt(e.birthDateEnc, "person.dateOfBirth");
        var person = new PersonData(emptyToNull(cipher.decrypt(e.nameEnc, "person.name")),
                emptyToNull(cipher.decrypt(e.aliasesEnc, "person.aliases")),
                birth.isEmpty() ? null : LocalDate.parse(birth), e.estimatedAge, e.ageDisputed, e.sex,
                Lists.split(e.citizenships), Lists.split(e.languages), e.disability, e.pregnant,
                emptyToNull(cipher.decrypt(e.identityDocumentsEnc, "person.identityDocuments")),
                emptyToNull(cipher.decrypt(e.contactEnc, "person.contact")));
        var encounter = new EncounterData(e.encounterDate, emptyToNull(e.region), emptyToNull(e.municipality), e.channel);
        var exploitation = new ExploitationData(e.forms.isEmpty() ? EnumSet.noneOf(org.ariadne.cases.ExploitationForm.class)
                : EnumSet.copyOf(e.forms), sexualTypesOf(e), e.technologyFacilitated, emptyToNull(e.platforms), e.economicSector,
                Lists.split(e.recruitmentCountries), Lists.split(e.transitCountries),
                Lists.split(e.exploitationCountries), emptyToNull(cipher.decrypt(e.narrativeEnc, "exploitation.narrative")));
        return new CaseDetails(new CaseCode(e.code), e.version, e.status, owner.code(), owner.name(),
                e.identifyingActorType, e.createdAt, e.createdBy, e.updatedAt, e.child, e.synthetic, person, encounter,
                exploitation);
    }

    private static java.util.Set<org.ariadne.cases.SexualExploitationType> sexualTypesOf(CaseEntity e) {
        return e.sexualTypes.isEmpty() ? java.util.Set.of() : EnumSet.copyOf(e.sexualTypes);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
