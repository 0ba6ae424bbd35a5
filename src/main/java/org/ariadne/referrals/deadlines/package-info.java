/**
 * Deadline arithmetic for the referral mechanism: working days (weekends and public holidays from
 * the policy profile), calendar-day periods, the recovery and reflection period with extensions and
 * early end, and countdowns for the decision queue. Deadlines are dates in the country's time zone
 * and end at the end of their last day, so daylight-saving changes never move them.
 */
@NamedInterface("deadlines")
@NullMarked
package org.ariadne.referrals.deadlines;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
