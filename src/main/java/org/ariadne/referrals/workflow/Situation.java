package org.ariadne.referrals.workflow;

import java.time.LocalDate;
import org.ariadne.policy.ClockSettings;
import org.ariadne.referrals.deadlines.DeadlineCalculator;
import org.ariadne.referrals.workflow.CommandDetails.StepDetails;

/**
 * Everything a step rule may look at. It holds case facts and step details only: neither the
 * criminal-justice track nor a justice update can reach a rule through it.
 *
 * @param day the local day of the step in the country's time zone
 */
record Situation(CaseStage stage, CaseFacts facts, StepDetails details, LocalDate day, ClockSettings clocks,
                 DeadlineCalculator deadlines) {
}
