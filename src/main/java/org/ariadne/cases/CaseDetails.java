package org.ariadne.cases;

import java.time.Instant;
import org.ariadne.organisations.ActorType;

/** One case as its entitled readers see it. */
public record CaseDetails(CaseCode code, long version, CaseStatus status, String organisationCode,
                          String organisationName, ActorType identifyingActorType, Instant createdAt,
                          String createdBy, Instant updatedAt, boolean child, boolean synthetic, PersonData person,
                          EncounterData encounter, ExploitationData exploitation) {
}
