package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.Fixture.open;
import static org.ariadne.referrals.workflow.Fixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.deadlines.Countdown;
import org.ariadne.referrals.deadlines.DayCount;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.junit.jupiter.api.Test;

/** The reasonable-grounds target in working days, with the country's public holidays, as the decision queue shows it. */
class DecisionQueueTest {

    private static final PolicyProfile POLICY = Fixture.EVERYONE_MAY_DO_EVERYTHING.withPublicHolidays(Set.of(
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
            LocalDate.of(2027, 1, 1)));
    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(POLICY, Fixture.ZONE);

    private static Instant berlin(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Fixture.ZONE).toInstant();
    }

    private static NrmCase referredAt(String dateTime) {
        Instant when = berlin(dateTime);
        NrmCase nrmCase = step(WORKFLOW, open(WORKFLOW, false, when.minusSeconds(600)), Transition.GIVE_CONSENT,
                when.minusSeconds(300));
        return step(WORKFLOW, nrmCase, Transition.REFER_TO_AUTHORITY, when);
    }

    @Test
    void targetSkipsEasterAndCountsDown() {
        NrmCase referred = referredAt("2026-04-02T16:00");

        CaseClock clock = WORKFLOW.clock(referred).orElseThrow();

        assertThat(clock.kind()).isEqualTo(ClockKind.REASONABLE_GROUNDS_DECISION);
        assertThat(clock.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(clock.deadline().count()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(WORKFLOW.countdown(referred, berlin("2026-04-07T09:00")))
                .contains(new Countdown(clock.deadline(), 4, DeadlineStatus.ON_TRACK));
        assertThat(WORKFLOW.countdown(referred, berlin("2026-04-10T09:00")))
                .contains(new Countdown(clock.deadline(), 1, DeadlineStatus.AT_RISK));
        assertThat(WORKFLOW.countdown(referred, berlin("2026-04-13T23:59")))
                .contains(new Countdown(clock.deadline(), 0, DeadlineStatus.AT_RISK));
        assertThat(WORKFLOW.countdown(referred, berlin("2026-04-14T00:00")))
                .contains(new Countdown(clock.deadline(), -1, DeadlineStatus.OVERDUE));
    }

    @Test
    void targetOverTheYearEnd() {
        NrmCase referred = referredAt("2026-12-23T11:00");

        assertThat(WORKFLOW.clock(referred).orElseThrow().deadline().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(WORKFLOW.clock(referredAt("2026-12-24T11:00")).orElseThrow().deadline().lastDay())
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aReferralJustAfterMidnightCountsFromItsLocalDay() {
        // 00:30 on Tuesday 31 March in Berlin (summer time) is still Monday in UTC, which would give 8 April
        NrmCase referred = referredAt("2026-03-31T00:30");

        assertThat(WORKFLOW.clock(referred).orElseThrow().deadline().lastDay()).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void stagesWithoutAClockShowNone() {
        for (StageTransitionTableTest.Row row : new StageTransitionTableTest.Row[] {
                StageTransitionTableTest.Row.ADULT_DETECTED, StageTransitionTableTest.Row.CONSENTED,
                StageTransitionTableTest.Row.IDENTIFIED, StageTransitionTableTest.Row.OUTCOME,
                StageTransitionTableTest.Row.CLOSED, StageTransitionTableTest.Row.RECONSIDERING_RG}) {
            assertThat(WORKFLOW.countdown(StageTransitionTableTest.reach(row), Fixture.at(40))).as(row.name()).isEmpty();
        }
    }
}
