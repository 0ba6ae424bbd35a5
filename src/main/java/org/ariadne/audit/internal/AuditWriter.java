package org.ariadne.audit.internal;

import java.time.Instant;
import org.ariadne.audit.AuditEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
public class AuditWriter {

    private final AuditEntryRepository entries;

    AuditWriter(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(Instant at, String username, String organisationCode, String roles, AuditEvent event,
                       String clientAddress) {
        String previous = entries.lockHead();
        var entry = entries.save(new AuditEntryEntity(at, cut(username, 64), cut(organisationCode, 40), cut(roles, 200),
                cut(event.action(), 64), cut(event.objectType(), 40), cut(event.objectRef(), 80), event.outcome(),
                cut(clientAddress, 64), cut(event.reason(), 200), previous));
        entries.flush();
        entries.moveHead(entry.getHash(), entry.getId() == null ? 0 : entry.getId());
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
