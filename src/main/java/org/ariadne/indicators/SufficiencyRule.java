package org.ariadne.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a dimension is present: any of these combinations of ticked indicators. Stored on the
 * catalogue version as text such as {@code S2;S1+MW1;M3;M2+W1}.
 */
public record SufficiencyRule(List<Combination> combinations) {

    public SufficiencyRule {
        combinations = List.copyOf(combinations);
        if (combinations.isEmpty()) {
            throw new IllegalArgumentException("a sufficiency rule needs at least one combination");
        }
        if (!combinations.stream().allMatch(Combination::needsMoreThanWeak)) {
            throw new IllegalArgumentException("weak indicators alone may never make a dimension present");
        }
    }

    public static SufficiencyRule parse(String text) {
        return new SufficiencyRule(Arrays.stream(text.split(";")).filter(t -> !t.isBlank()).map(Combination::parse)
                .toList());
    }

    /** The first combination satisfied by these counts, if any. */
    public Optional<Combination> firstSatisfied(int strong, int medium, int weak) {
        return combinations.stream().filter(c -> c.satisfiedBy(strong, medium, weak)).findFirst();
    }

    @Override
    public String toString() {
        return combinations.stream().map(Combination::toString).collect(Collectors.joining(";"));
    }
}
