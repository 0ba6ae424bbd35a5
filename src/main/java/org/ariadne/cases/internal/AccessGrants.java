package org.ariadne.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.ariadne.cases.BreakGlassGrant;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.Actor;
import org.ariadne.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Time-limited break-glass grants; the stated reason is kept encrypted, as free text may name people. */
@Component
public class AccessGrants {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    AccessGrants(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public long grant(CaseCode code, Actor actor, String reason, Instant now, Instant expires) {
        jdbc.update("INSERT INTO case_access_grant (case_id, username, organisation_id, reason, granted_at, expires_at)"
                        + " SELECT id, ?, ?, ?, ?, ? FROM case_record WHERE code = ?", actor.username(),
                actor.organisationId().value(), cipher.encrypt(reason, "access.reason"), Timestamp.from(now),
                Timestamp.from(expires), code.value());
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    public boolean active(CaseCode code, String username, Instant now) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM case_access_grant g JOIN case_record c ON c.id = g.case_id"
                + " WHERE c.code = ? AND g.username = ? AND g.expires_at > ?", Long.class, code.value(), username,
                Timestamp.from(now));
        return n != null && n > 0;
    }

    public List<BreakGlassGrant> recent(int limit) {
        return jdbc.query("SELECT c.code, g.username, o.code, g.reason, g.granted_at, g.expires_at FROM case_access_grant g"
                + " JOIN case_record c ON c.id = g.case_id JOIN organisation o ON o.id = g.organisation_id"
                + " ORDER BY g.granted_at DESC LIMIT ?", (rs, i) -> new BreakGlassGrant(new CaseCode(rs.getString(1)),
                rs.getString(2), rs.getString(3), cipher.decrypt(rs.getString(4), "access.reason"),
                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()), limit);
    }
}
