package org.ariadne.audit.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import org.ariadne.audit.AuditEvent;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain through the audit trail's own connections ({@link AuditConnections}),
 * each in a transaction of its own that holds the chain's head row while it links the entry to the
 * one before.
 */
@Component
public class AuditWriter {

    private static final String INSERT = "INSERT INTO audit_entry (at, username, organisation_code, roles, action,"
            + " object_type, object_ref, outcome, client_address, reason, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AuditConnections connections;

    AuditWriter(AuditConnections connections) {
        this.connections = connections;
    }

    public void append(Instant at, String username, String organisationCode, String roles, AuditEvent event,
                       String clientAddress) {
        var jdbc = connections.jdbc();
        connections.transactions().executeWithoutResult(status -> {
            String previous = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                    String.class);
            var entry = new AuditEntryEntity(at, cut(username, 64), cut(organisationCode, 40), cut(roles, 200),
                    cut(event.action(), 64), cut(event.objectType(), 40), cut(event.objectRef(), 80), event.outcome(),
                    cut(clientAddress, 64), cut(event.reason(), 200), previous == null ? "" : previous);
            var key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
                Object[] values = entry.columnValues();
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                return insert;
            }, key);
            Number id = key.getKey();
            jdbc.update("UPDATE audit_chain_head SET last_hash = ?, last_id = ? WHERE id = 1", entry.getHash(),
                    id == null ? 0 : id.longValue());
        });
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
