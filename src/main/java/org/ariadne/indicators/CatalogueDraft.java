package org.ariadne.indicators;

import java.util.List;

/** A catalogue read from a file, before it is stored as a new version. */
public record CatalogueDraft(ListType listType, String title, String source, SufficiencyRule sufficiency,
                             DimensionRule adultRule, DimensionRule childRule, List<Indicator> indicators) {

    public CatalogueDraft {
        indicators = List.copyOf(indicators);
    }
}
