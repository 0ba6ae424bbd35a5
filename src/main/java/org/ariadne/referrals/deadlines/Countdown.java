package org.ariadne.referrals.deadlines;

/**
 * A deadline seen at one instant, for the decision queue.
 *
 * @param remaining days left in the deadline's own count: 0 on the last day, negative once overdue
 */
public record Countdown(Deadline deadline, long remaining, DeadlineStatus status) {
}
