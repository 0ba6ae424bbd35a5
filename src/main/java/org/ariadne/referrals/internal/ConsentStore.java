package org.ariadne.referrals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.referrals.ConsentRecord;
import org.ariadne.referrals.ConsentScope;
import org.ariadne.referrals.ReferralBarrier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Consent records of a case, newest last; a record is never changed except to mark its withdrawal. */
@Component
public class ConsentStore {

    private final JdbcTemplate jdbc;

    ConsentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long add(CaseCode code, boolean given, Set<ConsentScope> scopes, List<OrganisationId> sharingWith,
                    Set<ReferralBarrier> barriers, String explainedBy, String language, boolean interpreter,
                    String recordedBy, Instant at) {
        jdbc.update("INSERT INTO nrm_consent (case_code, given, scope_referral, scope_sharing, scope_research, barriers,"
                        + " explained_by, language, interpreter, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)", code.value(), given, scopes.contains(ConsentScope.REFERRAL),
                scopes.contains(ConsentScope.SHARING), scopes.contains(ConsentScope.RESEARCH),
                barriers.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), explainedBy, language,
                interpreter, recordedBy, Timestamp.from(at));
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        for (OrganisationId organisation : sharingWith) {
            jdbc.update("INSERT INTO nrm_consent_organisation (consent_id, organisation_id) VALUES (?, ?)", id,
                    organisation.value());
        }
        return id;
    }

    /** The consent (or refusal) of a synthetic case: referral and sharing when given, research use as drawn. */
    public void addSynthetic(CaseCode code, boolean given, boolean research, Instant at) {
        jdbc.update("INSERT INTO nrm_consent (case_code, given, scope_referral, scope_sharing, scope_research, barriers,"
                + " explained_by, language, interpreter, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'synthetic',"
                + " 'en', FALSE, 'synthetic', ?)", code.value(), given, given, given, given && research,
                given ? "" : ReferralBarrier.values()[Math.floorMod(code.value().hashCode(), ReferralBarrier.values().length)]
                        .name(), Timestamp.from(at));
    }

    public int withdraw(CaseCode code, String by, Instant at) {
        return jdbc.update("UPDATE nrm_consent SET withdrawn_at = ?, withdrawn_by = ? WHERE case_code = ? AND given"
                + " AND withdrawn_at IS NULL", Timestamp.from(at), by, code.value());
    }

    public List<ConsentRecord> all(CaseCode code) {
        return jdbc.query("SELECT id, given, scope_referral, scope_sharing, scope_research, barriers, explained_by,"
                + " language, interpreter, recorded_by, recorded_at, withdrawn_at, withdrawn_by FROM nrm_consent"
                + " WHERE case_code = ? ORDER BY recorded_at, id", (rs, i) -> {
                    Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
                    if (rs.getBoolean(3)) {
                        scopes.add(ConsentScope.REFERRAL);
                    }
                    if (rs.getBoolean(4)) {
                        scopes.add(ConsentScope.SHARING);
                    }
                    if (rs.getBoolean(5)) {
                        scopes.add(ConsentScope.RESEARCH);
                    }
                    Timestamp withdrawn = rs.getTimestamp(12);
                    long id = rs.getLong(1);
                    return new ConsentRecord(id, rs.getBoolean(2), scopes, organisations(id), barriers(rs.getString(6)),
                            rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                            rs.getTimestamp(11).toInstant(), withdrawn == null ? null : withdrawn.toInstant(),
                            rs.getString(13));
                }, code.value());
    }

    public Optional<ConsentRecord> latest(CaseCode code) {
        List<ConsentRecord> all = all(code);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    private List<OrganisationId> organisations(long consentId) {
        return jdbc.queryForList("SELECT organisation_id FROM nrm_consent_organisation WHERE consent_id = ?"
                + " ORDER BY organisation_id", Long.class, consentId).stream().map(OrganisationId::new).toList();
    }

    private static Set<ReferralBarrier> barriers(String text) {
        Set<ReferralBarrier> set = EnumSet.noneOf(ReferralBarrier.class);
        if (!text.isBlank()) {
            Arrays.stream(text.split(",")).map(ReferralBarrier::valueOf).forEach(set::add);
        }
        return set;
    }
}
