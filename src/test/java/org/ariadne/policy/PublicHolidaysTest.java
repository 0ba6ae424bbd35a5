package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ariadne.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final LocalDate MAY_DAY = LocalDate.of(2027, 5, 1);

    @Test
    void readsPastedIsoDatesSeveralPerLineAndSkipsBlankLines() {
        var reading = PublicHolidays.read("2027-01-01\n\n  2027-05-01, 2027-05-09 \r\n# comment 2027-02-02\n");

        assertThat(reading.dates()).containsExactly(NEW_YEAR, MAY_DAY, LocalDate.of(2027, 5, 9));
        assertThat(reading.unreadLines()).isEmpty();
    }

    @Test
    void readsACsvExportWithAHeaderAndNamesAndNamesTheLinesItCannotRead() {
        var reading = PublicHolidays.read("""
                date,name
                2027-01-01,New Year's Day
                25.12.2027,Christmas
                2027-02-30,Not a day
                1999-12-31,Too early
                2027-05-01;Labour Day
                """);

        assertThat(reading.dates()).containsExactly(NEW_YEAR, MAY_DAY);
        assertThat(reading.unreadLines()).containsExactly(3, 4, 5);
    }

    @Test
    void readsTheStartDayOfEachEventOfAnICalendarFile() {
        var reading = PublicHolidays.read("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Example//Holidays 2027//EN
                BEGIN:VEVENT
                DTSTAMP:20261201T120000Z
                UID:1@example.org
                DTSTART;VALUE=DATE:20270101
                DTEND;VALUE=DATE:20270102
                SUMMARY:New Year
                END:VEVENT
                BEGIN:VEVENT
                DTSTART:20270501T000000Z
                SUMMARY:Labour Day 2027-06-06
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20271225
                RRULE:FREQ=YEARLY
                END:VEVENT
                END:VCALENDAR
                """);

        assertThat(reading.dates()).containsExactly(NEW_YEAR, MAY_DAY, LocalDate.of(2027, 12, 25));
        assertThat(reading.unreadLines()).containsExactly(17);
    }

    @Test
    void findsNothingInTextWithoutDates() {
        var reading = PublicHolidays.read("next Monday\n12/05");

        assertThat(reading.dates()).isEmpty();
        assertThat(reading.unreadLines()).containsExactly(2);
    }

    @Test
    void checkingRefusesDatesOutOfRangeTooManyDatesAndMissingOnesNamingTheField() {
        assertThat(PublicHolidays.checked(Set.of(MAY_DAY, NEW_YEAR))).containsExactly(NEW_YEAR, MAY_DAY);
        assertThat(PublicHolidays.checked(List.of())).isEmpty();

        assertThatThrownBy(() -> PublicHolidays.checked(Set.of(LocalDate.of(1999, 12, 31))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("publicHolidays");
                    assertThat(e.messageKey()).isEqualTo("policy.holidays.error.range");
                    assertThat(e.arguments()).containsExactly("1999-12-31", "2000-01-01", "2100-12-31");
                });
        List<LocalDate> many = new ArrayList<>();
        for (int i = 0; i <= PublicHolidays.MAX_DATES; i++) {
            many.add(NEW_YEAR.plusDays(i));
        }
        assertThat(PublicHolidays.checked(many.subList(0, PublicHolidays.MAX_DATES))).hasSize(PublicHolidays.MAX_DATES);
        assertThatThrownBy(() -> PublicHolidays.checked(many)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("policy.holidays.error.too-many"));
        assertThatThrownBy(() -> PublicHolidays.checked(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("publicHolidays"));
        assertThatThrownBy(() -> PublicHolidays.checked(Arrays.asList(NEW_YEAR, null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
