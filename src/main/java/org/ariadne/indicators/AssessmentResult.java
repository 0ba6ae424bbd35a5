package org.ariadne.indicators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the assessment found, with the catalogue version it used. A screening aid, never a decision. */
public record AssessmentResult(String catalogueCode, AgeGroup ageGroup, List<DimensionResult> dimensions,
                               Outcome outcome, List<Explanation> explanation) {

    public AssessmentResult {
        dimensions = List.copyOf(dimensions);
        explanation = List.copyOf(explanation);
    }

    public Set<Dimension> present() {
        return dimensions.stream().filter(DimensionResult::present).map(DimensionResult::dimension)
                .collect(Collectors.toUnmodifiableSet());
    }
}
