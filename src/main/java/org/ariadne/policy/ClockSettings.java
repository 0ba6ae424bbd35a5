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
    public static final Limit RECOVERY_PERIOD = new Limit("recoveryPeriodDays", 1, 365);
    public static final Limit REASONABLE_GROUNDS = new Limit("reasonableGroundsWorkingDays", 1, 120);
    public static final Limit RECONSIDERATION_WINDOW = new Limit("reconsiderationWindowDays", 1, 365);
    public static final Limit AGE_OF_MAJORITY = new Limit("ageOfMajority", 16, 21);
    public static final Limit AT_RISK = new Limit("atRiskDays", 0, 60);
    public static final ClockSettings DEFAULTS = new ClockSettings(30, 5, 30, 18, false, 2,
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    public ClockSettings {
        RECOVERY_PERIOD.check(recoveryPeriodDays);
        REASONABLE_GROUNDS.check(reasonableGroundsWorkingDays);
        RECONSIDERATION_WINDOW.check(reconsiderationWindowDays);
        AGE_OF_MAJORITY.check(ageOfMajority);
        AT_RISK.check(atRiskDays);
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

    /**
     * The accepted range of one clock, named as the field of forms and API payloads. Forms use the
     * same limits, so they refuse what the service would refuse.
     */
    public record Limit(String field, int min, int max) {

        public boolean accepts(int value) {
            return value >= min && value <= max;
        }

        public int check(int value) {
            if (!accepts(value)) {
                throw new InvalidInputException(field, "nrm.policy.invalid.range", min, max);
            }
            return value;
        }
    }
}
