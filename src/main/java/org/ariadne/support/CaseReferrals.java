package org.ariadne.support;

import java.util.List;
import org.ariadne.cases.CaseCode;

/**
 * The service referrals of one case, newest first.
 *
 * @param mayManage whether the reader may refer, revoke, rate and record feedback (a caseworker of
 *                  the organisation that holds the case); every change checks again
 */
public record CaseReferrals(CaseCode code, List<ServiceReferral> referrals, boolean mayManage) {

    public CaseReferrals {
        referrals = List.copyOf(referrals);
    }
}
