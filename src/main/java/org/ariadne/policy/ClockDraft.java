package org.ariadne.policy;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The clocks as an administrator submits them, from a form or an API payload: any value may be
 * missing or out of range until {@link #toSettings()} checks it. Field names are those of
 * {@link ClockSettings}, so a refusal points at the field at fault.
 */
public record ClockDraft(@Nullable Integer recoveryPeriodDays, @Nullable Integer reasonableGroundsWorkingDays,
                         @Nullable Integer reconsiderationWindowDays, @Nullable Integer ageOfMajority,
                         @Nullable Boolean conclusiveBeforeRecoveryEnds, @Nullable Integer atRiskDays,
                         @Nullable Set<DayOfWeek> weekend) {

    public static ClockDraft of(ClockSettings c) {
        return new ClockDraft(c.recoveryPeriodDays(), c.reasonableGroundsWorkingDays(), c.reconsiderationWindowDays(),
                c.ageOfMajority(), c.conclusiveBeforeRecoveryEnds(), c.atRiskDays(), c.weekend());
    }

    /** The checked settings; throws {@link org.ariadne.common.InvalidInputException} naming the first bad field. */
    public ClockSettings toSettings() {
        if (weekend != null && weekend.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("weekend", "common.error.format");
        }
        return new ClockSettings(
                Checks.present(recoveryPeriodDays, ClockSettings.RECOVERY_PERIOD.field()),
                Checks.present(reasonableGroundsWorkingDays, ClockSettings.REASONABLE_GROUNDS.field()),
                Checks.present(reconsiderationWindowDays, ClockSettings.RECONSIDERATION_WINDOW.field()),
                Checks.present(ageOfMajority, ClockSettings.AGE_OF_MAJORITY.field()),
                Checks.present(conclusiveBeforeRecoveryEnds, "conclusiveBeforeRecoveryEnds"),
                Checks.present(atRiskDays, ClockSettings.AT_RISK.field()),
                Checks.present(weekend, "weekend"));
    }
}
