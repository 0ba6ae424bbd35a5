package org.ariadne.policy;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.ariadne.common.InvalidInputException;

/**
 * The legal clocks of a country's referral mechanism. Calendar-day periods count from the day
 * after the event and end at the end of the last day in the country's time zone.
 *
 * @param recoveryPeriodDays           recovery and reflection period after a positive
 *                                     reasonable-grounds decision (CoE Convention Art. 13: at least 30)
 * @param reasonableGroundsWorkingDays target for the reasonable-grounds decision after referral
 * @param reconsiderationWindowDays    calendar days within which a negative decision may be
 *                                     challenged
 * @param ageOfMajority                below this age a person is a child
 * @param conclusiveBeforeRecoveryEnds whether a conclusive decision may be made while the recovery
 *                                     period still runs (UK practice: no)
 * @param atRiskDays                   a deadline this close (in its own day count) is marked at risk
 * @param weekend                      days that are never working days
 */
public record ClockSettings(int recoveryPeriodDays, int reasonableGroundsWorkingDays, int reconsiderationWindowDays,
                            int ageOfMajority, boolean conclusiveBeforeRecoveryEnds, int atRiskDays,
                            Set<DayOfWeek> weekend) {

    public static final int CONVENTION_MINIMUM_RECOVERY_DAYS = 30;
    public static final ClockSettings DEFAULTS = new ClockSettings(30, 5, 30, 18, false, 2,
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    public ClockSettings {
        inRange(recoveryPeriodDays, 1, 365, "recoveryPeriodDays");
        inRange(reasonableGroundsWorkingDays, 1, 120, "reasonableGroundsWorkingDays");
        inRange(reconsiderationWindowDays, 1, 365, "reconsiderationWindowDays");
        inRange(ageOfMajority, 16, 21, "ageOfMajority");
        inRange(atRiskDays, 0, 60, "atRiskDays");
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new InvalidInputException("weekend", "nrm.policy.invalid.weekend");
        }
        weekend = Collections.unmodifiableSet(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
    }

    /**
     * Whether the recovery period reaches the Convention's minimum. Not enforced: the application
     * also serves States that are not parties, but the policy screen warns.
     */
    public boolean meetsConventionMinimum() {
        return recoveryPeriodDays >= CONVENTION_MINIMUM_RECOVERY_DAYS;
    }

    public ClockSettings withRecoveryPeriodDays(int days) {
        return new ClockSettings(days, reasonableGroundsWorkingDays, reconsiderationWindowDays, ageOfMajority,
                conclusiveBeforeRecoveryEnds, atRiskDays, weekend);
    }

    public ClockSettings withConclusiveBeforeRecoveryEnds(boolean allowed) {
        return new ClockSettings(recoveryPeriodDays, reasonableGroundsWorkingDays, reconsiderationWindowDays,
                ageOfMajority, allowed, atRiskDays, weekend);
    }

    public ClockSettings withReconsiderationWindowDays(int days) {
        return new ClockSettings(recoveryPeriodDays, reasonableGroundsWorkingDays, days, ageOfMajority,
                conclusiveBeforeRecoveryEnds, atRiskDays, weekend);
    }

    private static void inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "nrm.policy.invalid.range", min, max);
        }
    }
}
