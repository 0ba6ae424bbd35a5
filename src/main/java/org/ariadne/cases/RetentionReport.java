package org.ariadne.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What a retention run would do (dry run) or did: cases whose identity is to be erased because
 * they were closed (or left as drafts) longer than the retention period, and those spared by a
 * legal hold. Statistics survive: they never held identity.
 */
public record RetentionReport(LocalDate closedBefore, LocalDate draftsBefore, List<CaseCode> toAnonymise,
                              long heldBack, boolean applied) {

    public RetentionReport {
        toAnonymise = List.copyOf(toAnonymise);
    }
}
