package org.ariadne.referrals.workflow;

import org.ariadne.referrals.deadlines.Deadline;

/** The clock a case is currently waiting on, with its deadline. */
public record CaseClock(ClockKind kind, Deadline deadline) {
}
