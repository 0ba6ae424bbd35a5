package org.ariadne.justice;

import java.time.LocalDate;
import java.util.Set;
import org.ariadne.referrals.workflow.Cooperation;

/**
 * Published, in the same transaction, when a case's criminal-justice record changes: the facts
 * statistics count (OSCE survey indicators SUPPORT_UNCONDITIONAL, NON_PUNISHMENT, COMPENSATION),
 * without offences' details, amounts or any free text.
 *
 * @param linkedOffences number of offences the person was charged with that are linked to the trafficking
 */
public record JusticeRecorded(String caseKey, LocalDate day, Cooperation cooperation, boolean witness,
                             int linkedOffences, NonPunishment nonPunishment, Set<CompensationSource> claimed,
                             Set<CompensationSource> awarded, Set<CompensationSource> paid) {

    public JusticeRecorded {
        claimed = Set.copyOf(claimed);
        awarded = Set.copyOf(awarded);
        paid = Set.copyOf(paid);
    }
}
