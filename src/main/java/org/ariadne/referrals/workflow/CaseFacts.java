package org.ariadne.referrals.workflow;

import java.time.LocalDate;
import org.ariadne.referrals.deadlines.RecoveryPeriod;
import org.jspecify.annotations.Nullable;

/**
 * What the step rules know about a case. Nothing here describes co-operation with law enforcement
 * (that is {@link JusticeFacts}), so no rule over these facts can make support depend on it.
 *
 * @param child          under the age of majority, or presumed so while the age is disputed
 * @param identityHeld   false for an anonymous notification: the record says nothing about who the person is
 * @param notifiedOn     the day of an anonymous notification, kept when it becomes a referral
 * @param reconsideration a pending reconsideration request
 */
public record CaseFacts(boolean child, boolean identityHeld, ConsentStatus consent, GuardianStatus guardian,
                        @Nullable LocalDate bestInterestsOn, LocalDate detectedOn, @Nullable LocalDate notifiedOn,
                        @Nullable LocalDate referredOn, @Nullable Decision reasonableGrounds,
                        @Nullable Decision conclusive, @Nullable RecoveryPeriod recoveryPeriod,
                        @Nullable Reconsideration reconsideration, AssistanceStatus assistance,
                        @Nullable ExitOutcome outcome, @Nullable CloseReason closeReason) {

    /** A newly detected person; a child's guardian task opens at once. */
    public static CaseFacts detected(LocalDate on, boolean child) {
        return new CaseFacts(child, true, ConsentStatus.NOT_ASKED,
                child ? GuardianStatus.TASK_OPEN : GuardianStatus.NOT_REQUIRED, null, on, null, null, null, null,
                null, null, AssistanceStatus.NOT_STARTED, null, null);
    }

    public CaseFacts asChild() {
        return new CaseFacts(true, identityHeld, consent,
                guardian == GuardianStatus.NOT_REQUIRED ? GuardianStatus.TASK_OPEN : guardian, bestInterestsOn,
                detectedOn, notifiedOn, referredOn, reasonableGrounds, conclusive, recoveryPeriod, reconsideration,
                assistance, outcome, closeReason);
    }

    public CaseFacts withIdentityHeld(boolean held) {
        return new CaseFacts(child, held, consent, guardian, bestInterestsOn, detectedOn, notifiedOn, referredOn,
                reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, outcome, closeReason);
    }

    public CaseFacts withConsent(ConsentStatus status) {
        return new CaseFacts(child, identityHeld, status, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, outcome,
                closeReason);
    }

    public CaseFacts withGuardian(GuardianStatus status) {
        return new CaseFacts(child, identityHeld, consent, status, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, outcome,
                closeReason);
    }

    public CaseFacts withBestInterestsOn(LocalDate day) {
        return new CaseFacts(child, identityHeld, consent, guardian, day, detectedOn, notifiedOn, referredOn,
                reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, outcome, closeReason);
    }

    public CaseFacts withNotifiedOn(LocalDate day) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, day, referredOn,
                reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, outcome, closeReason);
    }

    public CaseFacts withReferredOn(LocalDate day) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn, day,
                reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, outcome, closeReason);
    }

    public CaseFacts withReasonableGrounds(Decision decision) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, decision, conclusive, recoveryPeriod, reconsideration, assistance, outcome, closeReason);
    }

    public CaseFacts withConclusive(Decision decision) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, decision, recoveryPeriod, reconsideration, assistance, outcome,
                closeReason);
    }

    public CaseFacts withRecoveryPeriod(RecoveryPeriod period) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, period, reconsideration, assistance, outcome, closeReason);
    }

    public CaseFacts withReconsideration(@Nullable Reconsideration request) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, recoveryPeriod, request, assistance, outcome, closeReason);
    }

    public CaseFacts withAssistance(AssistanceStatus status) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, recoveryPeriod, reconsideration, status, outcome,
                closeReason);
    }

    public CaseFacts withOutcome(ExitOutcome chosen) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, recoveryPeriod, reconsideration, assistance, chosen,
                closeReason);
    }

    public CaseFacts closedFor(CloseReason reason) {
        return new CaseFacts(child, identityHeld, consent, guardian, bestInterestsOn, detectedOn, notifiedOn,
                referredOn, reasonableGrounds, conclusive, recoveryPeriod, reconsideration,
                assistance == AssistanceStatus.ACTIVE ? AssistanceStatus.ENDED : assistance, outcome, reason);
    }

    /** The negative decision a stage rests on, if it rests on one. */
    public @Nullable Decision negativeDecision(DecisionKind kind) {
        Decision decision = kind == DecisionKind.REASONABLE_GROUNDS ? reasonableGrounds : conclusive;
        return decision != null && !decision.positive() ? decision : null;
    }
}
