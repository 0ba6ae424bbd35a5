package org.ariadne.audit;

import java.time.Instant;

/** One row of the trail as the DPO's screen and exports show it. */
public record AuditEntry(long id, Instant at, String username, String organisationCode, String roles, String action,
                         String objectType, String objectRef, AuditOutcome outcome, String clientAddress,
                         String reason) {
}
