package org.ariadne.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A row of the case list: no direct identifier, so lists stay fast and safe on screen. */
public record CaseListItem(CaseCode code, CaseStatus status, @Nullable LocalDate encounterDate, String region,
                           Set<ExploitationForm> forms, boolean child, String organisationName, Instant updatedAt) {
}
