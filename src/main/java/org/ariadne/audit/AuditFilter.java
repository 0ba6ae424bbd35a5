package org.ariadne.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Search of the trail; every criterion optional. Dates are inclusive, in the server's zone. */
public record AuditFilter(@Nullable String username, @Nullable String organisationCode, @Nullable String objectRef,
                          @Nullable String action, @Nullable AuditOutcome outcome, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
