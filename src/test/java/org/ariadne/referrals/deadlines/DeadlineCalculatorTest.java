package org.ariadne.referrals.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calendar and working-day deadlines across month ends, leap days and the 2026 clock changes
 * (29 March and 25 October in both Berlin and London).
 */
class DeadlineCalculatorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DeadlineCalculator IN_BERLIN = new DeadlineCalculator(WorkingDayCalendarTest.CALENDAR, BERLIN);
    static final DeadlineCalculator IN_LONDON = new DeadlineCalculator(WorkingDayCalendarTest.CALENDAR, LONDON);

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
    @CsvSource({
            "2026-01-01, 30, 2026-01-31",
            "2026-01-31, 30, 2026-03-02",
            "2026-01-30, 30, 2026-03-01",
            "2028-01-30, 30, 2028-02-29",
            "2027-01-30, 30, 2027-03-01",
            "2026-12-15, 30, 2027-01-14",
            "2026-03-10, 30, 2026-04-09",
            "2026-10-01, 30, 2026-10-31"})
    void calendarDaysDoNotCountTheDayOfTheEvent(LocalDate start, int days, LocalDate lastDay) {
        Deadline deadline = IN_BERLIN.calendarDays(start, days);

        assertThat(deadline.lastDay()).isEqualTo(lastDay);
        assertThat(deadline.count()).isEqualTo(DayCount.CALENDAR_DAYS);
    }

    @Test
    void anEventIsPlacedOnItsLocalDayNotItsUtcDay() {
        Instant halfPastMidnightInBerlin = local("2026-03-29T00:30", BERLIN);
        Instant halfPastMidnightSummerTimeInLondon = local("2026-10-25T00:30", LONDON);

        assertThat(halfPastMidnightInBerlin.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(IN_BERLIN.dayOf(halfPastMidnightInBerlin)).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(IN_LONDON.dayOf(halfPastMidnightSummerTimeInLondon)).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(IN_BERLIN.calendarDays(ZonedDateTime.ofInstant(halfPastMidnightInBerlin, ZoneOffset.UTC), 30)
                .lastDay()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void springForwardDayLasts23HoursAndTheDeadlineEndsAtLocalMidnight() {
        Deadline saturday = IN_BERLIN.calendarDays(LocalDate.of(2026, 3, 27), 1);
        Deadline sunday = IN_BERLIN.calendarDays(LocalDate.of(2026, 3, 28), 1);

        assertThat(saturday.endsAt()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(sunday.endsAt()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(Duration.between(saturday.endsAt(), sunday.endsAt())).isEqualTo(Duration.ofHours(23));
        assertThat(IN_LONDON.calendarDays(LocalDate.of(2026, 3, 28), 1).endsAt())
                .isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    }

    @Test
    void fallBackDayLasts25Hours() {
        Deadline saturday = IN_LONDON.calendarDays(LocalDate.of(2026, 10, 23), 1);
        Deadline sunday = IN_LONDON.calendarDays(LocalDate.of(2026, 10, 24), 1);

        assertThat(saturday.endsAt()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(sunday.endsAt()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(Duration.between(saturday.endsAt(), sunday.endsAt())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aThirtyDayPeriodOverTheAutumnChangeStillEndsAtLocalMidnight() {
        ZonedDateTime decision = ZonedDateTime.of(2026, 10, 1, 0, 15, 0, 0, BERLIN);
        Deadline deadline = IN_BERLIN.calendarDays(decision, 30);

        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(deadline.endsAt()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        // thirty 24-hour blocks from the decision would land on 30 October (23:15 local time), a day short
        assertThat(decision.toInstant().plus(Duration.ofDays(30)).atZone(BERLIN).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void countdownAcrossTheSpringChange() {
        Deadline deadline = IN_BERLIN.calendarDays(LocalDate.of(2026, 3, 11), 30);  // last day 10 April

        assertThat(IN_BERLIN.countdown(deadline, local("2026-03-29T23:30", BERLIN), 2))
                .isEqualTo(new Countdown(deadline, 12, DeadlineStatus.ON_TRACK));
        assertThat(IN_BERLIN.countdown(deadline, local("2026-04-08T00:00", BERLIN), 2).status())
                .isEqualTo(DeadlineStatus.AT_RISK);
        assertThat(IN_BERLIN.countdown(deadline, local("2026-04-10T23:59:59", BERLIN), 2))
                .isEqualTo(new Countdown(deadline, 0, DeadlineStatus.AT_RISK));
        assertThat(IN_BERLIN.countdown(deadline, local("2026-04-11T00:00", BERLIN), 2))
                .isEqualTo(new Countdown(deadline, -1, DeadlineStatus.OVERDUE));
    }

    @Test
    void workingDayCountdownSkipsTheEasterHolidays() {
        Deadline target = IN_BERLIN.workingDays(LocalDate.of(2026, 4, 2), 5);

        assertThat(target.lastDay()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(target.count()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(IN_BERLIN.countdown(target, local("2026-04-03T10:00", BERLIN), 2))
                .isEqualTo(new Countdown(target, 5, DeadlineStatus.ON_TRACK));
        assertThat(IN_BERLIN.countdown(target, local("2026-04-08T10:00", BERLIN), 2))
                .isEqualTo(new Countdown(target, 3, DeadlineStatus.ON_TRACK));
        assertThat(IN_BERLIN.countdown(target, local("2026-04-11T10:00", BERLIN), 2))
                .isEqualTo(new Countdown(target, 1, DeadlineStatus.AT_RISK));
        assertThat(IN_BERLIN.countdown(target, local("2026-04-14T00:00", BERLIN), 2))
                .isEqualTo(new Countdown(target, -1, DeadlineStatus.OVERDUE));
    }

    @Test
    void theAtRiskThresholdIsAParameter() {
        Deadline deadline = IN_LONDON.calendarDays(LocalDate.of(2026, 6, 1), 10);  // last day 11 June
        Instant threeDaysBefore = local("2026-06-08T12:00", LONDON);

        assertThat(IN_LONDON.status(deadline, threeDaysBefore, 2)).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(IN_LONDON.status(deadline, threeDaysBefore, 3)).isEqualTo(DeadlineStatus.AT_RISK);
        assertThat(IN_LONDON.status(deadline, local("2026-06-11T12:00", LONDON), 0)).isEqualTo(DeadlineStatus.AT_RISK);
        assertThatThrownBy(() -> IN_LONDON.status(deadline, threeDaysBefore, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeadlineIsMetOnItsLastDayAndNotAfter() {
        Deadline deadline = IN_BERLIN.calendarDays(LocalDate.of(2026, 2, 1), 30);

        assertThat(deadline.isMetOn(LocalDate.of(2026, 3, 3))).isTrue();
        assertThat(deadline.isMetOn(LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(deadline.isPassedAt(local("2026-03-03T23:59:59", BERLIN))).isFalse();
        assertThat(deadline.isPassedAt(local("2026-03-04T00:00", BERLIN))).isTrue();
    }
}
