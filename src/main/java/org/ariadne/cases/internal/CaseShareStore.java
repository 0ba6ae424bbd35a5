package org.ariadne.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.ShareEndReason;
import org.ariadne.cases.SharePurpose;
import org.ariadne.organisations.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rows of case_share; the caller decides whether a share may be granted or ended. */
@Component
public class CaseShareStore {

    private final JdbcTemplate jdbc;

    CaseShareStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Grants a share unless the same one (organisation, purpose, source) is already active. */
    public boolean grant(CaseCode code, OrganisationId organisation, SharePurpose purpose, String sourceRef,
                         String grantedBy, Instant now) {
        return jdbc.update("INSERT INTO case_share (case_id, organisation_id, purpose, source_ref, granted_at, granted_by)"
                + " SELECT c.id, ?, ?, ?, ?, ? FROM case_record c WHERE c.code = ? AND NOT EXISTS (SELECT 1 FROM"
                + " case_share s WHERE s.case_id = c.id AND s.organisation_id = ? AND s.purpose = ? AND s.source_ref = ?"
                + " AND s.ended_at IS NULL)", organisation.value(), purpose.name(), sourceRef, Timestamp.from(now),
                grantedBy, code.value(), organisation.value(), purpose.name(), sourceRef) > 0;
    }

    public int end(CaseCode code, String sourceRef, ShareEndReason reason, Instant now) {
        return jdbc.update("UPDATE case_share s JOIN case_record c ON c.id = s.case_id SET s.ended_at = ?,"
                + " s.end_reason = ? WHERE c.code = ? AND s.source_ref = ? AND s.ended_at IS NULL",
                Timestamp.from(now), reason.name(), code.value(), sourceRef);
    }

    public int endAll(CaseCode code, ShareEndReason reason, Instant now) {
        return jdbc.update("UPDATE case_share s JOIN case_record c ON c.id = s.case_id SET s.ended_at = ?,"
                + " s.end_reason = ? WHERE c.code = ? AND s.ended_at IS NULL", Timestamp.from(now), reason.name(),
                code.value());
    }

    public Set<SharePurpose> active(CaseCode code, OrganisationId organisation) {
        List<String> purposes = jdbc.queryForList("SELECT DISTINCT s.purpose FROM case_share s JOIN case_record c"
                + " ON c.id = s.case_id WHERE c.code = ? AND s.organisation_id = ? AND s.ended_at IS NULL",
                String.class, code.value(), organisation.value());
        Set<SharePurpose> set = EnumSet.noneOf(SharePurpose.class);
        purposes.forEach(p -> set.add(SharePurpose.valueOf(p)));
        return set;
    }

    /** Organisations with an active share of this purpose. */
    public List<OrganisationId> sharedWith(CaseCode code, SharePurpose purpose) {
        return jdbc.queryForList("SELECT DISTINCT s.organisation_id FROM case_share s JOIN case_record c"
                + " ON c.id = s.case_id WHERE c.code = ? AND s.purpose = ? AND s.ended_at IS NULL ORDER BY 1",
                Long.class, code.value(), purpose.name()).stream().map(OrganisationId::new).toList();
    }
}
