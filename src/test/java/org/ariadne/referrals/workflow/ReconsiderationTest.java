package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.Fixture.applied;
import static org.ariadne.referrals.workflow.Fixture.command;
import static org.ariadne.referrals.workflow.Fixture.open;
import static org.ariadne.referrals.workflow.Fixture.refused;
import static org.ariadne.referrals.workflow.Fixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A negative decision may be challenged within 30 calendar days: day 30 is in time, day 31 is not. */
class ReconsiderationTest {

    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, Fixture.ZONE);

    private static Instant berlin(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Fixture.ZONE).toInstant();
    }

    /** A referred adult with a negative reasonable-grounds decision at the given local time. */
    private static NrmCase negativeOn(String dateTime) {
        Instant decision = berlin(dateTime);
        NrmCase nrmCase = open(WORKFLOW, false, decision.minusSeconds(7200));
        nrmCase = step(WORKFLOW, nrmCase, Transition.GIVE_CONSENT, decision.minusSeconds(3600));
        nrmCase = step(WORKFLOW, nrmCase, Transition.REFER_TO_AUTHORITY, decision.minusSeconds(1800));
        return step(WORKFLOW, nrmCase, Transition.REASONABLE_GROUNDS_NEGATIVE, decision);
    }

    @ParameterizedTest(name = "decision {0}, request {1}: in time = {2}")
    @CsvSource({
            "2026-01-07T10:00, 2026-02-06T23:59, true",   // day 30
            "2026-01-07T10:00, 2026-02-07T00:00, false",  // day 31
            "2026-01-07T23:50, 2026-02-06T09:00, true",
            "2026-01-31T12:00, 2026-03-02T12:00, true",   // over the end of February
            "2026-01-31T12:00, 2026-03-03T08:00, false",
            "2028-02-01T12:00, 2028-03-02T12:00, true",   // leap year: 29 February counts
            "2028-02-01T12:00, 2028-03-03T12:00, false",
            "2026-03-05T23:30, 2026-04-04T23:59, true",   // window crosses the spring clock change
            "2026-03-05T23:30, 2026-04-05T00:01, false",
            "2026-10-01T00:30, 2026-10-31T23:59, true",   // and the autumn one
            "2026-10-01T00:30, 2026-11-01T00:00, false",
            "2026-12-10T12:00, 2027-01-09T12:00, true"})  // over the year end
    void requestIsInTimeUpToTheThirtiethDay(String decision, String request, boolean inTime) {
        NrmCase negative = negativeOn(decision);

        WorkflowResult result = WORKFLOW.apply(negative, command(Transition.REQUEST_RECONSIDERATION, berlin(request)));

        if (inTime) {
            assertThat(applied(result).nrmCase().stage()).isEqualTo(CaseStage.RECONSIDERATION);
        } else {
            LocalDate lastDay = LocalDateTime.parse(decision).toLocalDate().plusDays(30);
            assertThat(refused(result).reason())
                    .isEqualTo(Message.of("nrm.refused.reconsideration-window-closed", lastDay));
        }
    }

    @Test
    void theWindowIsCountedInTheCountrysZone() {
        NrmWorkflow inLondon = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, ZoneId.of("Europe/London"));
        NrmCase negative = negativeOn("2026-01-07T10:00");
        // 23:30 on day 30 in London is already day 31 in Berlin
        Instant lateEvening = LocalDateTime.parse("2026-02-06T23:30").atZone(ZoneId.of("Europe/London")).toInstant();

        assertThat(inLondon.apply(negative, command(Transition.REQUEST_RECONSIDERATION, lateEvening)).applied()).isTrue();
        assertThat(WORKFLOW.apply(negative, command(Transition.REQUEST_RECONSIDERATION, lateEvening)).applied()).isFalse();
    }

    @Test
    void aConclusiveNegativeDecisionHasTheSameWindow() {
        NrmCase nrmCase = step(WORKFLOW, negativeOn("2026-01-07T10:00"), Transition.REQUEST_RECONSIDERATION,
                berlin("2026-01-08T10:00"));
        nrmCase = step(WORKFLOW, nrmCase, Transition.RECONSIDERATION_OVERTURNED, berlin("2026-01-09T10:00"));
        NrmCase notAVictim = step(WORKFLOW, nrmCase, Transition.CONCLUSIVE_NEGATIVE, berlin("2026-02-10T10:00"));

        assertThat(WORKFLOW.apply(notAVictim, command(Transition.REQUEST_RECONSIDERATION, berlin("2026-03-12T20:00")))
                .applied()).isTrue();
        assertThat(refused(WORKFLOW.apply(notAVictim, command(Transition.REQUEST_RECONSIDERATION,
                berlin("2026-03-13T08:00")))).reason().key()).isEqualTo("nrm.refused.reconsideration-window-closed");
    }

    @Test
    void overturningANegativeReasonableGroundsDecisionStartsRecoveryAndAssistance() {
        NrmCase pending = step(WORKFLOW, negativeOn("2026-01-07T10:00"), Transition.REQUEST_RECONSIDERATION,
                berlin("2026-01-20T10:00"));

        WorkflowResult.Applied overturned = applied(WORKFLOW.apply(pending,
                command(Transition.RECONSIDERATION_OVERTURNED, berlin("2026-01-27T10:00"))));
        CaseFacts facts = overturned.nrmCase().facts();

        assertThat(overturned.nrmCase().stage()).isEqualTo(CaseStage.RECOVERY_PERIOD);
        assertThat(facts.reasonableGrounds()).isEqualTo(new Decision(true, LocalDate.of(2026, 1, 27), true));
        assertThat(facts.recoveryPeriod().start()).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(facts.recoveryPeriod().lastDay()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(facts.assistance()).isEqualTo(AssistanceStatus.ACTIVE);
        assertThat(facts.reconsideration()).isNull();
        assertThat(overturned.followUps()).containsExactlyInAnyOrder(FollowUp.START_RECOVERY_PERIOD,
                FollowUp.START_ASSISTANCE);
    }

    @Test
    void anUpheldDecisionCannotBeReconsideredAgainAndIsFinalAtOnce() {
        NrmCase pending = step(WORKFLOW, negativeOn("2026-01-07T10:00"), Transition.REQUEST_RECONSIDERATION,
                berlin("2026-01-10T10:00"));
        NrmCase upheld = step(WORKFLOW, pending, Transition.RECONSIDERATION_UPHELD, berlin("2026-01-15T10:00"));

        assertThat(upheld.stage()).isEqualTo(CaseStage.NEGATIVE_REASONABLE_GROUNDS);
        assertThat(upheld.facts().reasonableGrounds()).isEqualTo(new Decision(false, LocalDate.of(2026, 1, 7), true));
        assertThat(refused(WORKFLOW.apply(upheld, command(Transition.REQUEST_RECONSIDERATION,
                berlin("2026-01-16T10:00")))).reason().key()).isEqualTo("nrm.refused.already-reconsidered");
        assertThat(WORKFLOW.clock(upheld)).isEmpty();
        assertThat(step(WORKFLOW, upheld, Transition.CLOSE, berlin("2026-01-16T10:00"),
                new Closing(CloseReason.NEGATIVE_DECISION_FINAL)).stage()).isEqualTo(CaseStage.CLOSED);
    }

    @Test
    void aNegativeDecisionBecomesFinalOnlyAfterTheWindow() {
        NrmCase negative = negativeOn("2026-01-07T10:00");
        Closing finalDecision = new Closing(CloseReason.NEGATIVE_DECISION_FINAL);

        assertThat(refused(WORKFLOW.apply(negative, command(Transition.CLOSE, berlin("2026-02-06T18:00"), finalDecision)))
                .reason()).isEqualTo(Message.of("nrm.refused.reconsideration-window-open", LocalDate.of(2026, 2, 6)));
        assertThat(applied(WORKFLOW.apply(negative, command(Transition.CLOSE, berlin("2026-02-07T09:00"), finalDecision)))
                .nrmCase().facts().closeReason()).isEqualTo(CloseReason.NEGATIVE_DECISION_FINAL);
    }

    @Test
    void reconsideringNeedsTheFunctionOfTheDecisionReconsidered() {
        PolicyProfile rgOnly = PolicyProfile.lawEnforcementDesignates(LocalDate.of(2025, 1, 1))
                .revoke(ActorType.COMPETENT_AUTHORITY, NrmFunction.DECIDE_CONCLUSIVE);
        NrmWorkflow national = new NrmWorkflow(rgOnly, Fixture.ZONE);
        NrmCase rgPending = step(WORKFLOW, negativeOn("2026-01-07T10:00"), Transition.REQUEST_RECONSIDERATION,
                berlin("2026-01-10T10:00"));
        NrmCase recovery = step(WORKFLOW, rgPending, Transition.RECONSIDERATION_OVERTURNED, berlin("2026-01-11T10:00"));
        NrmCase notAVictim = step(WORKFLOW, recovery, Transition.CONCLUSIVE_NEGATIVE, berlin("2026-02-11T10:00"));
        NrmCase conclusivePending = step(WORKFLOW, notAVictim, Transition.REQUEST_RECONSIDERATION,
                berlin("2026-02-12T10:00"));

        assertThat(national.apply(rgPending, command(Transition.RECONSIDERATION_UPHELD, berlin("2026-01-12T10:00")))
                .applied()).isTrue();
        assertThat(refused(national.apply(conclusivePending, command(Transition.RECONSIDERATION_UPHELD,
                berlin("2026-02-13T10:00")))).reason()).isEqualTo(Message.of("nrm.policy.refused.DECIDE_CONCLUSIVE",
                Message.of("actor-type.COMPETENT_AUTHORITY"), 1));
    }

    @Test
    void theReconsiderationWindowIsAClockForTheQueue() {
        NrmCase negative = negativeOn("2026-01-07T10:00");

        CaseClock clock = WORKFLOW.clock(negative).orElseThrow();

        assertThat(clock.kind()).isEqualTo(ClockKind.RECONSIDERATION_WINDOW);
        assertThat(clock.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(WORKFLOW.clock(open(WORKFLOW, false, Fixture.at(0)))).isEmpty();
    }
}
