package org.ariadne.referrals.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.ariadne.policy.PolicyProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates are counted by hand on a 2026-2028 calendar. */
class WorkingDayCalendarTest {

    /** Good Friday, Easter Monday, 1 May (Friday), Whit Monday, Christmas (Friday), Boxing Day (Saturday), New Year 2027 (Friday). */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1));

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>(HOLIDAYS));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-01-05, 5, 2026-01-12",  // Monday to next Monday
            "2026-01-09, 1, 2026-01-12",  // Friday: the weekend is skipped
            "2026-01-10, 5, 2026-01-16",  // referred on a Saturday: counting starts on Monday
            "2026-01-11, 1, 2026-01-12",  // Sunday
            "2026-04-02, 1, 2026-04-07",  // Thursday before Good Friday and Easter Monday
            "2026-04-02, 5, 2026-04-13",
            "2026-04-30, 1, 2026-05-04",  // holiday on a Friday
            "2026-05-22, 1, 2026-05-26",  // holiday on a Monday
            "2026-05-22, 5, 2026-06-01",
            "2026-12-24, 5, 2027-01-04",  // year end: Christmas and New Year on Fridays
            "2026-12-31, 1, 2027-01-04",
            "2028-02-25, 2, 2028-02-29",  // leap day is a Tuesday
            "2028-02-28, 2, 2028-03-01",
            "2026-01-30, 1, 2026-02-02",  // month end on a Friday
            "2026-04-03, 1, 2026-04-07",  // starting on a holiday
            "2026-01-05, 0, 2026-01-05"})
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(CALENDAR.plusWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 11))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(LocalDate.of(2026, 4, 7))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @ParameterizedTest(name = "working days after {0} up to {1}: {2}")
    @CsvSource({
            "2026-01-05, 2026-01-12, 5",
            "2026-01-12, 2026-01-05, -5",
            "2026-04-02, 2026-04-07, 1",
            "2026-12-24, 2027-01-04, 5",
            "2026-01-10, 2026-01-11, 0",
            "2026-01-05, 2026-01-05, 0"})
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, long expected) {
        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void aFridaySaturdayWeekendCountsSundayAsWorking() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), new TreeSet<>());

        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 1, 8), 1)).isEqualTo(LocalDate.of(2026, 1, 11));
    }

    @Test
    void calendarComesFromThePolicyProfile() {
        PolicyProfile policy = PolicyProfile.multiAgency(LocalDate.of(2026, 1, 1)).withPublicHolidays(HOLIDAYS);

        assertThat(WorkingDayCalendar.of(policy)).isEqualTo(CALENDAR);
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingDayCalendar(EnumSet.allOf(DayOfWeek.class), new TreeSet<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
