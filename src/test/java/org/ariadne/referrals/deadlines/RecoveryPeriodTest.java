package org.ariadne.referrals.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecoveryPeriodTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate DECISION = LocalDate.of(2026, 1, 1);

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void thirtyDaysFromTheDayAfterTheDecision() {
        RecoveryPeriod period = RecoveryPeriod.starting(DECISION, 30);

        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(period.isRunningOn(DECISION)).isTrue();
        assertThat(period.isRunningOn(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(period.isOverOn(LocalDate.of(2026, 1, 31))).isFalse();
        assertThat(period.isOverOn(LocalDate.of(2026, 2, 1))).isTrue();
        assertThat(period.isRunningOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(period.endedEarly()).isFalse();
    }

    @Test
    void daysRemainingAtAnInstant() {
        RecoveryPeriod period = RecoveryPeriod.starting(DECISION, 30);

        assertThat(period.daysRemaining(local("2026-01-01T00:30", BERLIN), BERLIN)).isEqualTo(30);
        assertThat(period.daysRemaining(local("2026-01-21T12:00", BERLIN), BERLIN)).isEqualTo(10);
        assertThat(period.daysRemaining(local("2026-01-31T23:30", BERLIN), BERLIN)).isZero();
        assertThat(period.daysRemaining(local("2026-02-05T09:00", BERLIN), BERLIN)).isZero();
        // 23:30 on 30 January in London is already 31 January in Berlin
        assertThat(period.daysRemaining(local("2026-01-30T23:30", LONDON), LONDON)).isEqualTo(1);
        assertThat(period.daysRemaining(local("2026-01-30T23:30", LONDON), BERLIN)).isZero();
    }

    @Test
    void extensionsAddDaysToTheEnd() {
        RecoveryPeriod period = RecoveryPeriod.starting(DECISION, 30)
                .extendedBy(15, LocalDate.of(2026, 1, 20))
                .extendedBy(10, LocalDate.of(2026, 2, 14));

        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(period.extensions()).containsExactly(
                new RecoveryPeriod.Extension(LocalDate.of(2026, 1, 20), 15),
                new RecoveryPeriod.Extension(LocalDate.of(2026, 2, 14), 10));
        assertThat(period.days()).isEqualTo(30);
    }

    @Test
    void anEndedPeriodCannotBeExtended() {
        RecoveryPeriod period = RecoveryPeriod.starting(DECISION, 30);

        assertThatThrownBy(() -> period.extendedBy(10, LocalDate.of(2026, 2, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> period.extendedBy(0, LocalDate.of(2026, 1, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void earlyEndMakesItsDayTheLastDayAndKeepsTheReason() {
        RecoveryPeriod period = RecoveryPeriod.starting(DECISION, 30).extendedBy(10, LocalDate.of(2026, 1, 5))
                .endedEarlyOn(LocalDate.of(2026, 1, 12), EarlyEndReason.PUBLIC_ORDER);

        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(period.scheduledLastDay()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(period.earlyEnd()).isEqualTo(new RecoveryPeriod.EarlyEnd(LocalDate.of(2026, 1, 12), EarlyEndReason.PUBLIC_ORDER));
        assertThat(period.isRunningOn(LocalDate.of(2026, 1, 12))).isTrue();
        assertThat(period.isOverOn(LocalDate.of(2026, 1, 13))).isTrue();
        assertThatThrownBy(() -> period.extendedBy(5, LocalDate.of(2026, 1, 12))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> period.endedEarlyOn(LocalDate.of(2026, 1, 12), EarlyEndReason.PUBLIC_ORDER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEarlyEndAfterTheLastDayIsImpossible() {
        RecoveryPeriod period = RecoveryPeriod.starting(DECISION, 30);

        assertThatThrownBy(() -> period.endedEarlyOn(LocalDate.of(2026, 2, 1), EarlyEndReason.VICTIM_STATUS_IMPROPERLY_CLAIMED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void leapYearAndTheSpringClockChange() {
        assertThat(RecoveryPeriod.starting(LocalDate.of(2028, 1, 30), 30).lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));

        RecoveryPeriod overTheChange = RecoveryPeriod.starting(LocalDate.of(2026, 3, 1), 30);
        assertThat(overTheChange.deadline(LONDON).endsAt()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        assertThat(overTheChange.deadline(BERLIN).endsAt()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void aPeriodLastsAtLeastOneDay() {
        assertThatThrownBy(() -> RecoveryPeriod.starting(DECISION, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
