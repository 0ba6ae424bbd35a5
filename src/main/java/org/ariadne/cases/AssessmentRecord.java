package org.ariadne.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ariadne.indicators.AgeGroup;
import org.ariadne.indicators.Dimension;
import org.ariadne.indicators.Outcome;

/** A stored indicator assessment: who, when, which catalogue version, what was ticked and found. */
public record AssessmentRecord(Instant assessedAt, String assessedBy, String catalogueCode, AgeGroup ageGroup,
                               Outcome outcome, Set<Dimension> dimensionsPresent, List<String> ticked) {

    public AssessmentRecord {
        dimensionsPresent = Set.copyOf(dimensionsPresent);
        ticked = List.copyOf(ticked);
    }
}
