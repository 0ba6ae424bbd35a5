package org.ariadne.referrals.workflow;

import java.util.Optional;
import org.ariadne.policy.ClockSettings;
import org.ariadne.referrals.deadlines.DeadlineCalculator;

/** Which legal clock runs in which stage, computed from the case facts and the policy clocks. */
final class CaseClocks {

    private CaseClocks() {
    }

    static Optional<CaseClock> current(CaseStage stage, CaseFacts facts, ClockSettings clocks,
                                       DeadlineCalculator deadlines) {
        return switch (stage) {
            case REFERRED -> Optional.ofNullable(facts.referredOn())
                    .map(day -> new CaseClock(ClockKind.REASONABLE_GROUNDS_DECISION,
                            deadlines.workingDays(day, clocks.reasonableGroundsWorkingDays())));
            case RECOVERY_PERIOD -> Optional.ofNullable(facts.recoveryPeriod())
                    .map(period -> new CaseClock(ClockKind.RECOVERY_PERIOD_END, period.deadline(deadlines.zone())));
            case NEGATIVE_REASONABLE_GROUNDS, NOT_A_VICTIM -> reconsiderationWindow(stage, facts, clocks, deadlines);
            default -> Optional.empty();
        };
    }

    /** The window to challenge the negative decision a stage rests on; none once it was reconsidered. */
    static Optional<CaseClock> reconsiderationWindow(CaseStage stage, CaseFacts facts, ClockSettings clocks,
                                                     DeadlineCalculator deadlines) {
        return negativeKind(stage)
                .map(facts::negativeDecision)
                .filter(decision -> !decision.reconsidered())
                .map(decision -> new CaseClock(ClockKind.RECONSIDERATION_WINDOW,
                        deadlines.calendarDays(decision.on(), clocks.reconsiderationWindowDays())));
    }

    static Optional<DecisionKind> negativeKind(CaseStage stage) {
        return switch (stage) {
            case NEGATIVE_REASONABLE_GROUNDS -> Optional.of(DecisionKind.REASONABLE_GROUNDS);
            case NOT_A_VICTIM -> Optional.of(DecisionKind.CONCLUSIVE);
            default -> Optional.empty();
        };
    }
}
