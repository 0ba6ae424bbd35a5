package org.ariadne.referrals.workflow;

import java.time.LocalDate;
import java.util.Optional;
import org.ariadne.common.Message;
import org.ariadne.referrals.deadlines.Deadline;
import org.ariadne.referrals.deadlines.RecoveryPeriod;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.ariadne.referrals.workflow.CommandDetails.Exit;
import org.ariadne.referrals.workflow.CommandDetails.Extension;

/**
 * The fact rules of each step, applied once the stage and national policy allow it. They see a
 * {@link Situation} only — case facts, step details, the day and the clocks — so none of them can
 * depend on co-operation with law enforcement; a test keeps it that way.
 */
final class Guards {

    static final int MAX_EXTENSION_DAYS = 365;

    private Guards() {
    }

    static Optional<Message> check(Transition transition, Situation s) {
        CaseFacts facts = s.facts();
        return switch (transition) {
            case GIVE_CONSENT -> refuseIf(facts.child(), "nrm.refused.child-needs-no-consent");
            case WITHDRAW_CONSENT -> refuseIf(facts.child(), "nrm.refused.child-consent-not-basis");
            case NOTIFY_ANONYMOUSLY -> refuseIf(facts.child(), "nrm.refused.child-not-anonymous");
            case REFER_TO_AUTHORITY, START_ASSISTANCE, REFER_TO_SERVICES -> consentOrChild(transition, s);
            case PRESUME_CHILD -> refuseIf(facts.child(), "nrm.refused.already-child");
            case APPOINT_GUARDIAN -> facts.child()
                    ? refuseIf(facts.guardian() == GuardianStatus.APPOINTED, "nrm.refused.guardian-already-appointed")
                    : refuse("nrm.refused.not-a-child");
            case RECORD_BEST_INTERESTS -> refuseIf(!facts.child(), "nrm.refused.not-a-child");
            case EXTEND_RECOVERY_PERIOD -> extension(s);
            case END_RECOVERY_PERIOD_EARLY -> runningPeriod(s);
            case CONCLUSIVE_POSITIVE, CONCLUSIVE_NEGATIVE -> recoveryPeriodOver(s);
            case REQUEST_RECONSIDERATION -> reconsiderationRequest(s);
            case END_ASSISTANCE -> refuseIf(facts.assistance() != AssistanceStatus.ACTIVE,
                    "nrm.refused.assistance-not-active");
            case RECORD_OUTCOME -> returnNeedsBestInterests(facts, ((Exit) s.details()).outcome().leavesTheCountry());
            case CLOSE -> closing(s, ((Closing) s.details()).reason());
            case DETECT, UPGRADE_TO_REFERRAL, REASONABLE_GROUNDS_POSITIVE, REASONABLE_GROUNDS_NEGATIVE,
                 RECONSIDERATION_UPHELD, RECONSIDERATION_OVERTURNED, RECORD_CRIMINAL_JUSTICE -> Optional.empty();
        };
    }

    /** An adult must consent before referral or assistance; a child needs no consent. */
    private static Optional<Message> consentOrChild(Transition transition, Situation s) {
        if (!s.facts().child() && s.facts().consent() != ConsentStatus.GIVEN) {
            return refuse("nrm.refused.consent-required");
        }
        return refuseIf(transition == Transition.START_ASSISTANCE && s.facts().assistance() == AssistanceStatus.ACTIVE,
                "nrm.refused.assistance-active");
    }

    private static Optional<Message> extension(Situation s) {
        int days = ((Extension) s.details()).days();
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            return refuse("nrm.refused.extension-days", 1, MAX_EXTENSION_DAYS);
        }
        return runningPeriod(s);
    }

    private static Optional<Message> runningPeriod(Situation s) {
        RecoveryPeriod period = s.facts().recoveryPeriod();
        if (period == null || period.endedEarly() || !period.isRunningOn(s.day())) {
            return refuse("nrm.refused.recovery-period-not-running");
        }
        return Optional.empty();
    }

    private static Optional<Message> recoveryPeriodOver(Situation s) {
        RecoveryPeriod period = s.facts().recoveryPeriod();
        if (period == null || period.isOverOn(s.day()) || s.clocks().conclusiveBeforeRecoveryEnds()) {
            return Optional.empty();
        }
        return refuse("nrm.refused.recovery-period-running", period.lastDay());
    }

    private static Optional<Message> reconsiderationRequest(Situation s) {
        Decision decision = CaseClocks.negativeKind(s.stage()).map(kind -> s.facts().negativeDecision(kind)).orElse(null);
        if (decision == null || decision.reconsidered()) {
            return refuse("nrm.refused.already-reconsidered");
        }
        return windowClosed(s).map(lastDay -> Message.of("nrm.refused.reconsideration-window-closed", lastDay));
    }

    /** The last day of the reconsideration window, if it has passed by the step's day. */
    private static Optional<LocalDate> windowClosed(Situation s) {
        return CaseClocks.reconsiderationWindow(s.stage(), s.facts(), s.clocks(), s.deadlines())
                .map(CaseClock::deadline)
                .filter(deadline -> !deadline.isMetOn(s.day()))
                .map(Deadline::lastDay);
    }

    private static Optional<Message> closing(Situation s, CloseReason reason) {
        CaseStage stage = s.stage();
        boolean fits = switch (reason) {
            case OUTCOME_ACHIEVED -> stage == CaseStage.OUTCOME_RECORDED;
            case NEGATIVE_DECISION_FINAL -> CaseClocks.negativeKind(stage).isPresent();
            case NOT_REFERRED -> stage == CaseStage.DETECTED || stage == CaseStage.CONSENTED
                    || stage == CaseStage.ANONYMOUS_NOTIFICATION;
            case CONSENT_WITHDRAWN -> false;
            case TRANSFERRED_ABROAD, LOST_CONTACT, DECEASED, DUPLICATE -> true;
        };
        if (!fits) {
            return refuse("nrm.refused.close-reason", Message.of(reason.messageKey()), Message.of(stage.messageKey()));
        }
        if (reason == CloseReason.NEGATIVE_DECISION_FINAL) {
            Optional<LocalDate> open = CaseClocks.reconsiderationWindow(stage, s.facts(), s.clocks(), s.deadlines())
                    .map(CaseClock::deadline)
                    .filter(deadline -> deadline.isMetOn(s.day()))
                    .map(Deadline::lastDay);
            return open.isPresent() ? refuse("nrm.refused.reconsideration-window-open", open.get()) : Optional.empty();
        }
        return returnNeedsBestInterests(s.facts(), reason == CloseReason.TRANSFERRED_ABROAD);
    }

    /** No child leaves the country before their best interests have been determined (CoE Art. 16(7)). */
    private static Optional<Message> returnNeedsBestInterests(CaseFacts facts, boolean leavesTheCountry) {
        return refuseIf(facts.child() && leavesTheCountry && facts.bestInterestsOn() == null,
                "nrm.refused.best-interests-required");
    }

    private static Optional<Message> refuseIf(boolean condition, String key) {
        return condition ? refuse(key) : Optional.empty();
    }

    private static Optional<Message> refuse(String key, Object... arguments) {
        return Optional.of(Message.of(key, arguments));
    }
}
