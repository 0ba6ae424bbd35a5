package org.ariadne.referrals;

import java.util.List;
import org.ariadne.cases.CaseCode;
import org.ariadne.referrals.deadlines.Countdown;
import org.ariadne.referrals.workflow.ClockKind;
import org.ariadne.referrals.workflow.NrmCase;
import org.jspecify.annotations.Nullable;

/**
 * A case on the referral mechanism as its reader sees it: the state and every step (reasons
 * included, so only for those who may read the whole case), the legal clock it waits on with its
 * countdown, where it is routed, and the steps the reader could take.
 *
 * @param version         to send back with a step, so a step on a changed case is refused
 * @param policyVersion   the national policy version in force now
 */
public record NrmView(CaseCode code, long version, NrmCase nrmCase, @Nullable ClockKind clockKind,
                      @Nullable Countdown countdown, @Nullable String authorityName,
                      @Nullable String childProtectionName, List<ConsentRecord> consents, List<StepOption> options,
                      int policyVersion) {

    public NrmView {
        consents = List.copyOf(consents);
        options = List.copyOf(options);
    }
}
