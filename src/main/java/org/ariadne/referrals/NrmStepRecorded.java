package org.ariadne.referrals;

import java.time.LocalDate;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.workflow.Transition;

/**
 * Published, in the same transaction, after every recorded step on the referral mechanism (and
 * after consent is recorded or withdrawn): who did what, as an actor type, and where the case
 * stands now. No identity, no reason text, no case code.
 *
 * @param caseKey the same keyed hash as in {@link org.ariadne.cases.CaseProfileRecorded}
 * @param day     the local day of the step in the country's time zone
 */
public record NrmStepRecorded(String caseKey, Transition transition, ActorType actorType, LocalDate day,
                              NrmSnapshot state) {
}
