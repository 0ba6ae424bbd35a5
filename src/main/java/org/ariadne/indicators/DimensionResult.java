package org.ariadne.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dimension's result: present or not, the ticked indicators in it, and the combination met. */
public record DimensionResult(Dimension dimension, boolean present, List<Indicator> ticked,
                              @Nullable Combination satisfiedBy) {

    public DimensionResult {
        ticked = List.copyOf(ticked);
    }
}
