package org.ariadne.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.internal.Anonymiser;
import org.ariadne.cases.internal.AssessmentStore;
import org.ariadne.cases.internal.CaseStore;
import org.ariadne.cases.internal.EncryptionCheck;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.privacy.BlindIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data protection officer's duties on case data: retention (dry run before every run, legal
 * holds respected), subject access (everything held about one person, across organisations) and
 * erasure where lawful. Every action is audited.
 */
@Service
@PreAuthorize("hasRole('DPO')")
@Transactional
public class CasePrivacyService {

    private final CaseStore store;
    private final AssessmentStore assessments;
    private final Anonymiser anonymiser;
    private final EncryptionCheck encryptionCheck;
    private final BlindIndex blindIndex;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;
    private final Period closedRetention;
    private final Period draftRetention;

    CasePrivacyService(CaseStore store, AssessmentStore assessments, Anonymiser anonymiser,
                       EncryptionCheck encryptionCheck, BlindIndex blindIndex,
                       AuditTrail audit, Clock clock, JsonMapper json,
                       @Value("${ariadne.retention.closed-cases:P5Y}") Period closedRetention,
                       @Value("${ariadne.retention.drafts:P1Y}") Period draftRetention) {
        this.store = store;
        this.assessments = assessments;
        this.anonymiser = anonymiser;
        this.encryptionCheck = encryptionCheck;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.closedRetention = closedRetention;
        this.draftRetention = draftRetention;
    }

    /** Whether the stored identifiers are all encrypted, and how many are under the current key. */
    @Transactional(readOnly = true)
    public EncryptionStatus encryptionStatus() {
        EncryptionStatus status = encryptionCheck.status();
        audit.record(new AuditEvent("privacy.encryption-check", "case-table", "", status.notEncrypted() == 0
                ? AuditOutcome.SUCCESS : AuditOutcome.FAILED, status.notEncrypted() + " not encrypted"));
        return status;
    }

    /** What a retention run would erase now, and what a legal hold spares. Changes nothing. */
    @Transactional(readOnly = true)
    public RetentionReport retentionDryRun() {
        LocalDate today = LocalDate.now(clock);
        LocalDate closedBefore = today.minus(closedRetention);
        LocalDate draftsBefore = today.minus(draftRetention);
        var report = new RetentionReport(closedBefore, draftsBefore,
                anonymiser.eligible(instant(closedBefore), instant(draftsBefore)),
                anonymiser.held(instant(closedBefore), instant(draftsBefore)), false);
        audit.record(new AuditEvent("retention.dry-run", "retention", "", AuditOutcome.SUCCESS,
                report.toAnonymise().size() + " eligible, " + report.heldBack() + " held"));
        return report;
    }

    /**
     * Runs retention: the dry run is computed first and is exactly what is applied. The DPO runs
     * it from the screen; the scheduled job (when switched on) runs it as the system.
     */
    @PreAuthorize("hasRole('DPO') or T(org.ariadne.common.SystemJob).isRunning(authentication)")
    public RetentionReport retentionRun() {
        RetentionReport plan = retentionDryRun();
        var now = clock.instant();
        for (CaseCode code : plan.toAnonymise()) {
            anonymiser.anonymise(code, now);
            audit.record(new AuditEvent("case.anonymise", "case", code.value(), AuditOutcome.SUCCESS, "retention"));
        }
        audit.record(new AuditEvent("retention.run", "retention", "", AuditOutcome.SUCCESS,
                plan.toAnonymise().size() + " anonymised"));
        return new RetentionReport(plan.closedBefore(), plan.draftsBefore(), plan.toAnonymise(), plan.heldBack(), true);
    }

    /** A legal hold (ongoing criminal proceedings) blocks retention and erasure of the case. */
    public void setLegalHold(CaseCode code, boolean hold) {
        if (store.ownerOf(code).isEmpty()) {
            throw new CaseNotAvailableException();
        }
        anonymiser.setHold(code, hold);
        audit.record(AuditEvent.success(hold ? "case.legal-hold" : "case.legal-hold-lifted", "case", code.value()));
    }

    /** Every case that holds this person (same normalised name and date of birth), across organisations. */
    @Transactional(readOnly = true)
    public List<CaseCode> findPerson(String name, LocalDate dateOfBirth) {
        List<CaseCode> codes = anonymiser.withIdentity(identity(name, dateOfBirth));
        audit.record(new AuditEvent("subject-access.search", "person", "", AuditOutcome.SUCCESS, codes.size() + " cases"));
        return codes;
    }

    /** Everything held about the person, as JSON (cases with their assessments). */
    @Transactional(readOnly = true)
    public byte[] subjectAccessJson(String name, LocalDate dateOfBirth) {
        List<Map<String, Object>> export = new ArrayList<>();
        for (CaseCode code : anonymiser.withIdentity(identity(name, dateOfBirth))) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("case", store.find(code).orElseThrow().details());
            entry.put("assessments", assessments.of(code));
            export.add(entry);
            audit.record(new AuditEvent("subject-access.export", "case", code.value(), AuditOutcome.SUCCESS, ""));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("generatedAt", clock.instant().toString(),
                "cases", export));
    }

    /** The same, as a readable document for the person (plain text, one section per case). */
    @Transactional(readOnly = true)
    public String subjectAccessText(String name, LocalDate dateOfBirth) {
        var text = new StringBuilder("Data held by Ariadne about the person named in the request\n")
                .append("Generated: ").append(clock.instant()).append("\n");
        for (CaseCode code : anonymiser.withIdentity(identity(name, dateOfBirth))) {
            CaseDetails d = store.find(code).orElseThrow().details();
            audit.record(new AuditEvent("subject-access.export", "case", code.value(), AuditOutcome.SUCCESS, "text"));
            text.append("\n== Case ").append(code.value()).append(" (").append(d.organisationName()).append(")\n")
                    .append("Recorded: ").append(d.createdAt()).append(", status ").append(d.status()).append("\n")
                    .append("Name: ").append(nz(d.person().name())).append("\n")
                    .append("Other names: ").append(nz(d.person().aliases())).append("\n")
                    .append("Date of birth: ").append(d.person().dateOfBirth()).append("\n")
                    .append("Identity documents: ").append(nz(d.person().identityDocuments())).append("\n")
                    .append("Contact: ").append(nz(d.person().contact())).append("\n")
                    .append("Met on: ").append(d.encounter().date()).append(" in ").append(nz(d.encounter().region()))
                    .append("\n")
                    .append("Forms of exploitation: ").append(d.exploitation().forms()).append("\n")
                    .append("Narrative: ").append(nz(d.exploitation().narrative())).append("\n");
            for (AssessmentRecord a : assessments.of(code)) {
                text.append("Indicator assessment ").append(a.assessedAt()).append(": ").append(a.outcome())
                        .append(", indicators ").append(a.ticked()).append("\n");
            }
        }
        return text.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Erases the person's identity from every case that is not on legal hold; returns the codes erased. */
    public List<CaseCode> erase(String name, LocalDate dateOfBirth) {
        List<CaseCode> erased = new ArrayList<>();
        var now = clock.instant();
        for (CaseCode code : anonymiser.withIdentity(identity(name, dateOfBirth))) {
            if (anonymiser.onHold(code)) {
                audit.record(new AuditEvent("case.erase", "case", code.value(), AuditOutcome.DENIED, "legal hold"));
                continue;
            }
            anonymiser.anonymise(code, now);
            erased.add(code);
            audit.record(new AuditEvent("case.erase", "case", code.value(), AuditOutcome.SUCCESS, "subject request"));
        }
        return erased;
    }

    private String identity(String name, LocalDate dateOfBirth) {
        Checks.required(name, "name", CaseRules.NAME_MAX);
        String hash = blindIndex.identity(name, Checks.present(dateOfBirth, "dateOfBirth"));
        if (hash == null) {
            throw new InvalidInputException("name", "common.error.required");
        }
        return hash;
    }

    private java.time.Instant instant(LocalDate date) {
        return date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
