package org.ariadne.cases;

import java.time.Instant;

/** Access to a case outside the user's scope, granted on a stated reason for a limited time. */
public record BreakGlassGrant(CaseCode code, String username, String organisationCode, String reason, Instant grantedAt,
                              Instant expiresAt) {
}
