package org.ariadne.referrals;

import java.time.LocalDate;
import java.util.Set;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.ConsentStatus;
import org.ariadne.referrals.workflow.ExitOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A case's place on the referral mechanism after a step, without identity or free text.
 *
 * @param anonymous         an anonymous notification (no identity held)
 * @param referredBy        actor type of the organisation that referred to the competent authority
 * @param barriers          reasons an adult gave for declining referral
 * @param researchConsent   the person consented to research use of anonymised data (children: false)
 */
public record NrmSnapshot(CaseStage stage, boolean child, boolean anonymous, ConsentStatus consent,
                          LocalDate detectedOn, @Nullable LocalDate notifiedOn, @Nullable LocalDate referredOn,
                          @Nullable ActorType referredBy, @Nullable DecisionFact reasonableGrounds,
                          @Nullable DecisionFact conclusive, @Nullable LocalDate recoveryStart,
                          @Nullable LocalDate recoveryLastDay, AssistanceStatus assistance,
                          @Nullable ExitOutcome outcome, @Nullable CloseReason closeReason,
                          Set<ReferralBarrier> barriers, boolean researchConsent) {

    public NrmSnapshot {
        barriers = Set.copyOf(barriers);
    }
}
