package org.ariadne.referrals.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ariadne.referrals.deadlines.RecoveryPeriod;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.ariadne.referrals.workflow.CommandDetails.EarlyEnd;
import org.ariadne.referrals.workflow.CommandDetails.Exit;
import org.ariadne.referrals.workflow.CommandDetails.Extension;
import org.jspecify.annotations.Nullable;

/** What an allowed step does to the stage and the case facts, and the work it hands on. */
final class Effects {

    record Step(CaseStage to, CaseFacts facts, Set<FollowUp> followUps) {
    }

    private Effects() {
    }

    static Step apply(Transition transition, Situation s) {
        CaseStage stage = s.stage();
        CaseFacts facts = s.facts();
        LocalDate day = s.day();
        return switch (transition) {
            case DETECT -> throw new IllegalArgumentException("a case is opened, not stepped into");
            case GIVE_CONSENT -> step(CaseStage.CONSENTED, facts.withConsent(ConsentStatus.GIVEN));
            case WITHDRAW_CONSENT -> withdrawConsent(stage, facts);
            case NOTIFY_ANONYMOUSLY -> step(CaseStage.ANONYMOUS_NOTIFICATION,
                    facts.withConsent(ConsentStatus.DECLINED).withIdentityHeld(false).withNotifiedOn(day),
                    FollowUp.DISCARD_IDENTITY);
            case UPGRADE_TO_REFERRAL -> step(CaseStage.REFERRED,
                    facts.withConsent(ConsentStatus.GIVEN).withIdentityHeld(true).withReferredOn(day),
                    FollowUp.COLLECT_IDENTITY);
            case REFER_TO_AUTHORITY -> step(CaseStage.REFERRED, facts.withReferredOn(day));
            case PRESUME_CHILD -> step(stage, facts.asChild(), FollowUp.NOTIFY_CHILD_PROTECTION,
                    FollowUp.OPEN_GUARDIAN_TASK);
            case APPOINT_GUARDIAN -> step(stage, facts.withGuardian(GuardianStatus.APPOINTED));
            case RECORD_BEST_INTERESTS -> step(stage, facts.withBestInterestsOn(day));
            case REASONABLE_GROUNDS_POSITIVE -> positiveReasonableGrounds(s, Decision.positive(day));
            case REASONABLE_GROUNDS_NEGATIVE -> step(CaseStage.NEGATIVE_REASONABLE_GROUNDS,
                    facts.withReasonableGrounds(Decision.negative(day)));
            case EXTEND_RECOVERY_PERIOD -> step(stage, facts.withRecoveryPeriod(
                    period(facts).extendedBy(((Extension) s.details()).days(), day)));
            case END_RECOVERY_PERIOD_EARLY -> step(stage, facts.withRecoveryPeriod(
                    period(facts).endedEarlyOn(day, ((EarlyEnd) s.details()).reason())));
            case CONCLUSIVE_POSITIVE -> step(CaseStage.IDENTIFIED_VICTIM, facts.withConclusive(Decision.positive(day)));
            case CONCLUSIVE_NEGATIVE -> step(CaseStage.NOT_A_VICTIM, facts.withConclusive(Decision.negative(day)));
            case REQUEST_RECONSIDERATION -> step(CaseStage.RECONSIDERATION, facts.withReconsideration(
                    new Reconsideration(CaseClocks.negativeKind(stage).orElseThrow(), day)));
            case RECONSIDERATION_UPHELD -> upheld(facts);
            case RECONSIDERATION_OVERTURNED -> overturned(s);
            case START_ASSISTANCE, REFER_TO_SERVICES -> step(stage, facts.withAssistance(AssistanceStatus.ACTIVE),
                    facts.assistance() == AssistanceStatus.ACTIVE ? new FollowUp[0]
                            : new FollowUp[] {FollowUp.START_ASSISTANCE});
            case END_ASSISTANCE -> step(stage, facts.withAssistance(AssistanceStatus.ENDED), FollowUp.END_ASSISTANCE);
            case RECORD_CRIMINAL_JUSTICE -> step(stage, facts);
            case RECORD_OUTCOME -> step(CaseStage.OUTCOME_RECORDED, facts.withOutcome(((Exit) s.details()).outcome()));
            case CLOSE -> close(facts, ((Closing) s.details()).reason());
        };
    }

    /**
     * Assistance and protection start at once with a positive reasonable-grounds decision
     * (Directive 2011/36/EU Art. 11(2)).
     */
    private static Step positiveReasonableGrounds(Situation s, Decision decision) {
        CaseFacts facts = s.facts().withReasonableGrounds(decision)
                .withRecoveryPeriod(RecoveryPeriod.starting(decision.on(), s.clocks().recoveryPeriodDays()))
                .withAssistance(AssistanceStatus.ACTIVE);
        return s.facts().assistance() == AssistanceStatus.ACTIVE
                ? step(CaseStage.RECOVERY_PERIOD, facts, FollowUp.START_RECOVERY_PERIOD)
                : step(CaseStage.RECOVERY_PERIOD, facts, FollowUp.START_RECOVERY_PERIOD, FollowUp.START_ASSISTANCE);
    }

    private static Step withdrawConsent(CaseStage stage, CaseFacts facts) {
        CaseFacts withdrawn = facts.withConsent(ConsentStatus.WITHDRAWN);
        FollowUp[] ending = facts.assistance() == AssistanceStatus.ACTIVE
                ? new FollowUp[] {FollowUp.END_ASSISTANCE} : new FollowUp[0];
        if (stage == CaseStage.CONSENTED) {
            // nothing was referred yet: the person is back to a detected case and may still be notified anonymously
            return step(CaseStage.DETECTED, facts.assistance() == AssistanceStatus.ACTIVE
                    ? withdrawn.withAssistance(AssistanceStatus.ENDED) : withdrawn, ending);
        }
        return step(CaseStage.CLOSED, withdrawn.closedFor(CloseReason.CONSENT_WITHDRAWN), ending);
    }

    private static Step upheld(CaseFacts facts) {
        Reconsideration request = facts.reconsideration();
        if (request == null) {
            throw new IllegalStateException("no reconsideration pending");
        }
        CaseFacts cleared = facts.withReconsideration(null);
        return request.kind() == DecisionKind.REASONABLE_GROUNDS
                ? step(CaseStage.NEGATIVE_REASONABLE_GROUNDS,
                        cleared.withReasonableGrounds(decision(facts.reasonableGrounds()).upheld()))
                : step(CaseStage.NOT_A_VICTIM, cleared.withConclusive(decision(facts.conclusive()).upheld()));
    }

    private static Step overturned(Situation s) {
        Reconsideration request = s.facts().reconsideration();
        if (request == null) {
            throw new IllegalStateException("no reconsideration pending");
        }
        Decision positive = new Decision(true, s.day(), true);
        Situation cleared = new Situation(s.stage(), s.facts().withReconsideration(null), s.details(), s.day(),
                s.clocks(), s.deadlines());
        return request.kind() == DecisionKind.REASONABLE_GROUNDS
                ? positiveReasonableGrounds(cleared, positive)
                : step(CaseStage.IDENTIFIED_VICTIM, cleared.facts().withConclusive(positive));
    }

    private static Step close(CaseFacts facts, CloseReason reason) {
        return facts.assistance() == AssistanceStatus.ACTIVE
                ? step(CaseStage.CLOSED, facts.closedFor(reason), FollowUp.END_ASSISTANCE)
                : step(CaseStage.CLOSED, facts.closedFor(reason));
    }

    private static RecoveryPeriod period(CaseFacts facts) {
        RecoveryPeriod period = facts.recoveryPeriod();
        if (period == null) {
            throw new IllegalStateException("no recovery period");
        }
        return period;
    }

    private static Decision decision(@Nullable Decision decision) {
        if (decision == null) {
            throw new IllegalStateException("no decision to reconsider");
        }
        return decision;
    }

    private static Step step(CaseStage to, CaseFacts facts, FollowUp... followUps) {
        Set<FollowUp> set = EnumSet.noneOf(FollowUp.class);
        set.addAll(List.of(followUps));
        return new Step(to, facts, set);
    }
}
