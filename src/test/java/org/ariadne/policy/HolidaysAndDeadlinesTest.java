package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.ariadne.referrals.deadlines.DeadlineCalculator;
import org.junit.jupiter.api.Test;

/** What an edit on the policy screen does to working-day deadlines: the holidays and weekend it saves are the ones counted. */
class HolidaysAndDeadlinesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Chisinau");
    /** A Thursday; five working days later is Thursday 6 May 2027 with a Saturday-Sunday weekend. */
    private static final LocalDate REFERRED = LocalDate.of(2027, 4, 29);

    @Test
    void holidaysReadFromAPastedListMoveTheReasonableGroundsTarget() {
        PolicyProfile before = PolicyProfile.multiAgency(LocalDate.of(2027, 1, 1));
        int days = before.clocks().reasonableGroundsWorkingDays();
        assertThat(DeadlineCalculator.of(before, ZONE).workingDays(REFERRED, days).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 6));

        // 1 May falls on a Saturday (no effect); 3 May (Monday) and 9 May (Sunday) as pasted by the administrator.
        var reading = PublicHolidays.read("2027-05-01 Labour Day\n2027-05-03 Labour Day observed\n2027-05-09 Victory Day");
        PolicyProfile after = before.withPublicHolidays(PublicHolidays.checked(reading.dates()));

        assertThat(DeadlineCalculator.of(after, ZONE).workingDays(REFERRED, days).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 7));
        // Calendar-day periods do not care about holidays.
        assertThat(DeadlineCalculator.of(after, ZONE).calendarDays(REFERRED, after.clocks().recoveryPeriodDays()).lastDay())
                .isEqualTo(DeadlineCalculator.of(before, ZONE).calendarDays(REFERRED, 30).lastDay());
    }

    @Test
    void removingAHolidayAndChangingTheWeekendAreCountedToo() {
        PolicyProfile withHoliday = PolicyProfile.multiAgency(LocalDate.of(2027, 1, 1))
                .withPublicHolidays(PublicHolidays.checked(Set.of(LocalDate.of(2027, 5, 3))));
        PolicyProfile removed = withHoliday.withPublicHolidays(Set.of());
        assertThat(DeadlineCalculator.of(withHoliday, ZONE).workingDays(REFERRED, 5).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 7));
        assertThat(DeadlineCalculator.of(removed, ZONE).workingDays(REFERRED, 5).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 6));

        PolicyProfile otherWeekend = removed.withClocks(new ClockSettings(30, 5, 30, 18, false, 2,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)));
        // Fri 30 Apr and Sat 1 May off; Sun 2 May counts: 2, 3, 4, 5, 6 May.
        assertThat(DeadlineCalculator.of(otherWeekend, ZONE).workingDays(REFERRED, 5).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 6));
        assertThat(DeadlineCalculator.of(otherWeekend, ZONE).workingDays(REFERRED, 2).lastDay())
                .isEqualTo(LocalDate.of(2027, 5, 3));
    }
}
