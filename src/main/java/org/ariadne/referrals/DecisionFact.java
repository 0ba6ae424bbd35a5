package org.ariadne.referrals;

import java.time.LocalDate;
import org.ariadne.organisations.ActorType;

/** A formal decision as statistics see it: outcome, day, and the actor type of the organisation that made it. */
public record DecisionFact(boolean positive, LocalDate on, ActorType decidedBy, boolean reconsidered) {
}
