package org.ariadne.audit.internal;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditFilter;
import org.ariadne.audit.AuditOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Filtered, paged reads of the trail (newest first), with bound parameters only. */
@Component
public class AuditSearch {

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT id, at, username, organisation_code, roles, action, object_type, object_ref, outcome,"
                + " client_address, reason FROM audit_entry" + where + " ORDER BY id DESC LIMIT ? OFFSET ?", (rs, i) ->
                new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        AuditOutcome.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11)), args.toArray());
    }

    private static String where(AuditFilter f, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        add(clauses, args, "username = ?", f.username());
        add(clauses, args, "organisation_code = ?", f.organisationCode());
        add(clauses, args, "object_ref = ?", f.objectRef());
        add(clauses, args, "action = ?", f.action());
        add(clauses, args, "outcome = ?", f.outcome() == null ? null : f.outcome().name());
        ZoneId zone = ZoneId.systemDefault();
        if (f.from() != null) {
            clauses.add("at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            clauses.add("at < ?");
            args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void add(List<String> clauses, List<Object> args, String clause, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add(clause);
            args.add(value.strip());
        }
    }
}
