package org.ariadne.referrals.workflow;

import java.time.LocalDate;

/** A pending request to reconsider a negative decision. */
public record Reconsideration(DecisionKind kind, LocalDate requestedOn) {
}
