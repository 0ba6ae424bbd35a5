package org.ariadne.referrals.api;

import java.util.List;
import org.ariadne.common.Message;
import org.ariadne.referrals.ConsentRecord;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.deadlines.Countdown;
import org.ariadne.referrals.workflow.CaseFacts;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ClockKind;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.TransitionRecord;
import org.jspecify.annotations.Nullable;

/** A case on the referral mechanism as the API answers it, refusals of steps translated into the caller's language. */
record NrmDto(String code, long version, CaseStage stage, CaseFacts facts, JusticeFacts justice,
              @Nullable ClockKind clock, @Nullable Countdown countdown, @Nullable String authority,
              @Nullable String childProtection, List<ConsentRecord> consents, List<Option> options, int policyVersion,
              List<Step> history) {

    record Option(Transition transition, boolean allowed, @Nullable String refusal) {
    }

    record Step(Transition transition, @Nullable CaseStage from, CaseStage to, String username, String actorType,
                java.time.Instant at, String reason, String legalBasis, String legalReference, int policyVersion) {
    }

    static NrmDto of(NrmView v, Message.Translator text) {
        return new NrmDto(v.code().value(), v.version(), v.nrmCase().stage(), v.nrmCase().facts(), v.nrmCase().justice(),
                v.clockKind(), v.countdown(), v.authorityName(), v.childProtectionName(), v.consents(),
                v.options().stream().map(o -> new Option(o.transition(), o.allowed(),
                        o.refusal() == null ? null : o.refusal().resolve(text))).toList(), v.policyVersion(),
                v.nrmCase().history().stream().map(NrmDto::step).toList());
    }

    private static Step step(TransitionRecord s) {
        return new Step(s.transition(), s.from(), s.to(), s.by().username(), s.by().actorType().name(), s.at(),
                s.reason(), s.legalBasis().name(), s.legalReference(), s.policyVersion());
    }
}
