package org.ariadne.cases;

import org.ariadne.organisations.Actor;

/**
 * Published, in the same transaction, when a case is submitted and whenever a submitted case is
 * saved again, so the referral mechanism can open the case or notice that the person is a child.
 * A listener may refuse by throwing, which undoes the save.
 *
 * @param submitted true for the save that submitted the case
 */
public record CaseRecorded(CaseCode code, boolean child, boolean submitted, Actor by) {
}
