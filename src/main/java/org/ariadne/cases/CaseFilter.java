package org.ariadne.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the case list; all optional. {@code codePrefix} matches the start of a case code. */
public record CaseFilter(@Nullable CaseStatus status, @Nullable ExploitationForm form, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable String codePrefix) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null);
    }
}
