package org.ariadne.referrals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.ConflictException;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.referrals.workflow.CaseClock;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.LegalBasis;
import org.ariadne.referrals.workflow.NrmCase;
import org.ariadne.referrals.workflow.Performer;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.TransitionRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps cases on the referral mechanism: the current state with a version, and every step in
 * order with its reason encrypted. Authorisation is the service's job, not this class's.
 */
@Component
public class NrmStore {

    /** A stored case with its version and the organisations it is routed to. */
    public record Loaded(CaseCode code, NrmCase nrmCase, long version, @Nullable OrganisationId authority,
                         @Nullable OrganisationId childProtection) {
    }

    static final String REASON = "nrm-step.reason";

    private final NrmCaseRepository cases;
    private final JdbcTemplate jdbc;
    private final DetailsCodec codec;
    private final FieldCipher cipher;

    NrmStore(NrmCaseRepository cases, JdbcTemplate jdbc, DetailsCodec codec, FieldCipher cipher) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.codec = codec;
        this.cipher = cipher;
    }

    public boolean exists(CaseCode code) {
        return cases.existsById(code.value());
    }

    public Optional<Loaded> load(CaseCode code) {
        return cases.findById(code.value()).map(e -> new Loaded(code,
                new NrmCase(e.stage, codec.facts(e.factsJson), codec.justice(e.justiceJson), steps(code)), e.version,
                e.authorityOrgId == null ? null : new OrganisationId(e.authorityOrgId),
                e.childProtectionOrgId == null ? null : new OrganisationId(e.childProtectionOrgId)));
    }

    /**
     * Stores the case after a step. Refuses when the case changed since the caller read it
     * ({@code expectedVersion}); a concurrent writer that read the same version loses at flush.
     *
     * @param expectedVersion -1 to open a new case
     */
    public long save(CaseCode code, OrganisationId owner, long expectedVersion, NrmCase after,
                     Optional<CaseClock> clock, @Nullable OrganisationId authority,
                     @Nullable OrganisationId childProtection, Instant now) {
        NrmCaseEntity entity;
        if (expectedVersion < 0) {
            if (cases.existsById(code.value())) {
                throw ConflictException.staleVersion();
            }
            entity = new NrmCaseEntity(code.value(), owner.value());
        } else {
            entity = cases.findById(code.value()).orElseThrow();
            if (entity.version != expectedVersion) {
                throw new ConflictException("nrm.error.conflict");
            }
        }
        entity.stage = after.stage();
        entity.child = after.facts().child();
        entity.guardianStatus = after.facts().guardian();
        entity.factsJson = codec.facts(after.facts());
        entity.justiceJson = codec.justice(after.justice());
        entity.authorityOrgId = authority == null ? null : authority.value();
        entity.childProtectionOrgId = childProtection == null ? null : childProtection.value();
        entity.clockKind = clock.map(CaseClock::kind).orElse(null);
        entity.clockLastDay = clock.map(c -> c.deadline().lastDay()).orElse(null);
        entity.updatedAt = now;
        NrmCaseEntity saved = cases.saveAndFlush(entity);
        appendStep(code, after.history().size() - 1, after.history().getLast());
        return saved.version;
    }

    /** A synthetic case's generated history, for {@link #insertSynthetic}. */
    public record SyntheticRow(CaseCode code, OrganisationId owner, NrmCase nrmCase, Optional<CaseClock> clock,
                               @Nullable OrganisationId authority, @Nullable OrganisationId childProtection) {
    }

    /** Writes generated histories in batches: one state row and all steps per case. */
    public void insertSynthetic(List<SyntheticRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO nrm_case (case_code, version, owner_org_id, stage, child, guardian_status,"
                + " facts_json, justice_json, authority_org_id, child_protection_org_id, clock_kind, clock_last_day,"
                + " updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, row) -> {
                    NrmCase c = row.nrmCase();
                    ps.setString(1, row.code().value());
                    ps.setLong(2, row.owner().value());
                    ps.setString(3, c.stage().name());
                    ps.setBoolean(4, c.facts().child());
                    ps.setString(5, c.facts().guardian().name());
                    ps.setString(6, codec.facts(c.facts()));
                    ps.setString(7, codec.justice(c.justice()));
                    ps.setObject(8, row.authority() == null ? null : row.authority().value());
                    ps.setObject(9, row.childProtection() == null ? null : row.childProtection().value());
                    ps.setString(10, row.clock().map(k -> k.kind().name()).orElse(null));
                    ps.setObject(11, row.clock().map(k -> k.deadline().lastDay()).orElse(null));
                    ps.setTimestamp(12, Timestamp.from(now));
                });
        List<Object[]> steps = new java.util.ArrayList<>();
        for (SyntheticRow row : rows) {
            List<TransitionRecord> history = row.nrmCase().history();
            for (int seq = 0; seq < history.size(); seq++) {
                steps.add(stepValues(row.code(), seq, history.get(seq)));
            }
        }
        jdbc.batchUpdate(STEP_INSERT, steps);
    }

    private static final String STEP_INSERT = "INSERT INTO nrm_step (case_code, seq, transition, from_stage, to_stage,"
            + " username, organisation_id, actor_type, at, reason_enc, legal_basis, legal_reference, policy_version,"
            + " details_type, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private Object[] stepValues(CaseCode code, int seq, TransitionRecord step) {
        return new Object[] {code.value(), seq, step.transition().name(), step.from() == null ? null : step.from().name(),
                step.to().name(), step.by().username(), step.by().organisation().value(), step.by().actorType().name(),
                Timestamp.from(step.at()), cipher.encrypt(step.reason(), REASON), step.legalBasis().name(),
                step.legalReference(), step.policyVersion(), DetailsCodec.typeOf(step.details()),
                codec.details(step.details())};
    }

    private void appendStep(CaseCode code, int seq, TransitionRecord step) {
        jdbc.update(STEP_INSERT, stepValues(code, seq, step));
    }

    private List<TransitionRecord> steps(CaseCode code) {
        return jdbc.query("SELECT transition, from_stage, to_stage, username, organisation_id, actor_type, at, reason_enc,"
                + " legal_basis, legal_reference, policy_version, details_type, details_json FROM nrm_step"
                + " WHERE case_code = ? ORDER BY seq", (rs, i) -> new TransitionRecord(
                Transition.valueOf(rs.getString(1)), rs.getString(2) == null ? null : CaseStage.valueOf(rs.getString(2)),
                CaseStage.valueOf(rs.getString(3)), new Performer(rs.getString(4), new OrganisationId(rs.getLong(5)),
                ActorType.valueOf(rs.getString(6))), rs.getTimestamp(7).toInstant(),
                cipher.decrypt(rs.getString(8), REASON), LegalBasis.valueOf(rs.getString(9)), rs.getString(10),
                rs.getInt(11), codec.details(rs.getString(12), rs.getString(13))), code.value());
    }

    /** Cases routed to an organisation for a decision, the nearest deadline first. */
    public List<QueueRow> queue(OrganisationId authority, List<CaseStage> stages, int offset, int limit) {
        String in = String.join(",", stages.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.query("SELECT case_code, stage, child, clock_kind, clock_last_day, version FROM nrm_case"
                + " WHERE authority_org_id = ? AND stage IN (" + in + ") ORDER BY clock_last_day IS NULL,"
                + " clock_last_day, case_code LIMIT ? OFFSET ?", (rs, i) -> new QueueRow(new CaseCode(rs.getString(1)),
                CaseStage.valueOf(rs.getString(2)), rs.getBoolean(3),
                rs.getString(4) == null ? null : org.ariadne.referrals.workflow.ClockKind.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), rs.getLong(6)), authority.value(), limit, offset);
    }

    /** Children's cases alerted to a child-protection organisation whose guardian is still to be appointed. */
    public List<CaseCode> guardianTasks(OrganisationId childProtection, int limit) {
        return jdbc.queryForList("SELECT case_code FROM nrm_case WHERE child_protection_org_id = ? AND guardian_status"
                + " = 'TASK_OPEN' AND stage <> 'CLOSED' ORDER BY updated_at LIMIT ?", String.class,
                childProtection.value(), limit).stream().map(CaseCode::new).toList();
    }

    /** An organisation's own cases whose recovery period ends by the given day. */
    public List<QueueRow> periodsEnding(OrganisationId owner, LocalDate until, int limit) {
        return jdbc.query("SELECT case_code, stage, child, clock_kind, clock_last_day, version FROM nrm_case"
                + " WHERE owner_org_id = ? AND clock_kind = 'RECOVERY_PERIOD_END' AND clock_last_day <= ?"
                + " ORDER BY clock_last_day LIMIT ?", (rs, i) -> new QueueRow(new CaseCode(rs.getString(1)),
                CaseStage.valueOf(rs.getString(2)), rs.getBoolean(3),
                org.ariadne.referrals.workflow.ClockKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                rs.getLong(6)), owner.value(), until, limit);
    }

    /**
     * Every organisation's cases whose clock of one of the given kinds ends by {@code until}, in the
     * given stages, and not yet reminded of that deadline under {@code terminalKind} (after which
     * nothing more is sent for it). For the daily reminders, which run as the system.
     */
    public List<ClockRow> clocksEnding(List<org.ariadne.referrals.workflow.ClockKind> kinds, List<CaseStage> stages,
                                       LocalDate until, String terminalKind, int limit) {
        String kindList = String.join(",", kinds.stream().map(k -> "'" + k.name() + "'").toList());
        String stageList = String.join(",", stages.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.query("SELECT n.case_code, n.stage, n.child, n.clock_kind, n.clock_last_day, n.owner_org_id,"
                + " n.authority_org_id FROM nrm_case n WHERE n.clock_kind IN (" + kindList + ") AND n.clock_last_day <= ?"
                + " AND n.stage IN (" + stageList + ") AND NOT EXISTS (SELECT 1 FROM deadline_reminder r"
                + " WHERE r.case_code = n.case_code AND r.kind = ? AND r.last_day = n.clock_last_day)"
                + " ORDER BY n.clock_last_day, n.case_code LIMIT ?", (rs, i) -> new ClockRow(new CaseCode(rs.getString(1)),
                CaseStage.valueOf(rs.getString(2)), rs.getBoolean(3),
                org.ariadne.referrals.workflow.ClockKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                new OrganisationId(rs.getLong(6)), rs.getObject(7) == null ? null : new OrganisationId(rs.getLong(7))),
                until, terminalKind, limit);
    }

    /** A case's clock with the organisations concerned: no identity. */
    public record ClockRow(CaseCode code, CaseStage stage, boolean child,
                           org.ariadne.referrals.workflow.ClockKind clockKind, LocalDate lastDay, OrganisationId owner,
                           @Nullable OrganisationId authority) {
    }

    /** A queue row: no identity, just where the case stands and its clock. */
    public record QueueRow(CaseCode code, CaseStage stage, boolean child,
                           org.ariadne.referrals.workflow.@Nullable ClockKind clockKind, @Nullable LocalDate lastDay,
                           long version) {
    }
}
