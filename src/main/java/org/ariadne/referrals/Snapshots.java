package org.ariadne.referrals;

import java.util.Set;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.deadlines.RecoveryPeriod;
import org.ariadne.referrals.workflow.CaseFacts;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.Decision;
import org.ariadne.referrals.workflow.NrmCase;
import org.ariadne.referrals.workflow.TransitionRecord;
import org.jspecify.annotations.Nullable;

/** Builds the anonymised snapshot statistics receive, finding in the history who referred and who decided. */
final class Snapshots {

    private Snapshots() {
    }

    static NrmSnapshot of(NrmCase nrmCase, Set<ReferralBarrier> barriers, boolean researchConsent) {
        CaseFacts f = nrmCase.facts();
        ActorType referredBy = null;
        ActorType groundsBy = null;
        ActorType conclusiveBy = null;
        for (TransitionRecord step : nrmCase.history()) {
            ActorType type = step.by().actorType();
            switch (step.transition()) {
                case REFER_TO_AUTHORITY, UPGRADE_TO_REFERRAL -> referredBy = type;
                case REASONABLE_GROUNDS_POSITIVE, REASONABLE_GROUNDS_NEGATIVE -> groundsBy = type;
                case CONCLUSIVE_POSITIVE, CONCLUSIVE_NEGATIVE -> conclusiveBy = type;
                case RECONSIDERATION_UPHELD, RECONSIDERATION_OVERTURNED -> {
                    if (step.to() == CaseStage.RECOVERY_PERIOD || step.to() == CaseStage.NEGATIVE_REASONABLE_GROUNDS) {
                        groundsBy = type;
                    } else {
                        conclusiveBy = type;
                    }
                }
                default -> {
                }
            }
        }
        RecoveryPeriod period = f.recoveryPeriod();
        return new NrmSnapshot(nrmCase.stage(), f.child(), !f.identityHeld(), f.consent(), f.detectedOn(),
                f.notifiedOn(), f.referredOn(), referredBy, fact(f.reasonableGrounds(), groundsBy),
                fact(f.conclusive(), conclusiveBy), period == null ? null : period.start(),
                period == null ? null : period.lastDay(), f.assistance(), f.outcome(), f.closeReason(), barriers,
                researchConsent && !f.child());
    }

    private static @Nullable DecisionFact fact(@Nullable Decision decision, @Nullable ActorType by) {
        if (decision == null || by == null) {
            return null;
        }
        return new DecisionFact(decision.positive(), decision.on(), by, decision.reconsidered());
    }
}
