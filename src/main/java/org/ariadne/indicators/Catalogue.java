package org.ariadne.indicators;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One version of one indicator list, with the rules its assessments use. */
public record Catalogue(String code, ListType listType, int version, String title, boolean unverified, boolean inUse,
                        SufficiencyRule sufficiency, DimensionRule adultRule, DimensionRule childRule,
                        List<Indicator> indicators) {

    public Catalogue {
        indicators = List.copyOf(indicators);
    }

    public Map<String, Indicator> byCode() {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }
}
