package org.ariadne.referrals;

import java.time.LocalDate;
import org.ariadne.cases.CaseCode;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ClockKind;
import org.jspecify.annotations.Nullable;

/**
 * A row of the decision queue or a task list: no identity, only where the case stands and its clock.
 *
 * @param remaining days left in the clock's own count (working or calendar days), negative when overdue
 */
public record QueueItem(CaseCode code, CaseStage stage, boolean child, @Nullable ClockKind clockKind,
                        @Nullable LocalDate lastDay, @Nullable Long remaining, @Nullable DeadlineStatus status) {
}
