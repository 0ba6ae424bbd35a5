package org.ariadne.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The assessment rule, as plain Java over a catalogue's data: count the ticked indicators of each
 * dimension by strength, apply the catalogue's sufficiency rule, then its adult or child rule.
 * Adults who do not meet the rule may still show intermediate outcomes (deceived and exploited:
 * D1 and D4; exploited only: D4).
 */
public final class Assessor {

    private Assessor() {
    }

    public static AssessmentResult assess(Catalogue catalogue, AgeGroup ageGroup, Collection<String> tickedCodes) {
        Map<String, Indicator> known = catalogue.byCode();
        List<String> unknown = tickedCodes.stream().filter(c -> !known.containsKey(c)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownIndicatorsException(unknown);
        }
        Map<Dimension, List<Indicator>> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            byDimension.put(d, new ArrayList<>());
        }
        new TreeSet<>(tickedCodes).forEach(code -> byDimension.get(known.get(code).dimension()).add(known.get(code)));

        List<DimensionResult> results = new ArrayList<>();
        List<Explanation> explanation = new ArrayList<>();
        Set<Dimension> present = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<Indicator> ticked = byDimension.get(d);
            int s = count(ticked, Strength.S);
            int m = count(ticked, Strength.M);
            int w = count(ticked, Strength.W);
            var met = catalogue.sufficiency().firstSatisfied(s, m, w).orElse(null);
            results.add(new DimensionResult(d, met != null, ticked, met));
            if (met != null) {
                present.add(d);
                explanation.add(Explanation.of("indicators.explain.present", d.name(), codes(ticked), met.toString()));
            } else if (!ticked.isEmpty()) {
                explanation.add(Explanation.of(w == ticked.size() ? "indicators.explain.weak-only"
                        : "indicators.explain.not-enough", d.name(), codes(ticked)));
            }
        }
        Outcome outcome = outcome(catalogue, ageGroup, present);
        explanation.add(Explanation.of("indicators.explain.outcome." + ageGroup.name() + "." + outcome.name(),
                (ageGroup == AgeGroup.CHILD ? catalogue.childRule() : catalogue.adultRule()).toString()));
        explanation.add(Explanation.of("indicators.explain.screening-aid"));
        return new AssessmentResult(catalogue.code(), ageGroup, results, outcome, explanation);
    }

    static Outcome outcome(Catalogue catalogue, AgeGroup ageGroup, Set<Dimension> present) {
        if (ageGroup == AgeGroup.CHILD) {
            return catalogue.childRule().satisfiedBy(present) ? Outcome.PRESUMED_VICTIM : Outcome.INSUFFICIENT;
        }
        if (catalogue.adultRule().satisfiedBy(present)) {
            return Outcome.PRESUMED_VICTIM;
        }
        if (present.contains(Dimension.D1) && present.contains(Dimension.D4)) {
            return Outcome.DECEIVED_AND_EXPLOITED;
        }
        return present.contains(Dimension.D4) ? Outcome.EXPLOITED_ONLY : Outcome.INSUFFICIENT;
    }

    private static int count(List<Indicator> ticked, Strength strength) {
        return (int) ticked.stream().filter(i -> i.strength() == strength).count();
    }

    private static String codes(List<Indicator> ticked) {
        return ticked.stream().map(Indicator::code).collect(Collectors.joining(", "));
    }
}
