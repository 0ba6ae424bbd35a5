package org.ariadne.statistics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One OSCE survey indicator in the national answer set: the figures computed from case data, the
 * jurisdiction's facts from the national policy profile, the method, and the co-ordinator's note.
 */
public record Indicator(String code, Kind kind, List<IndicatorLine> lines, List<JurFact> jurisdiction,
                        String methodKey, @Nullable String annotation) {

    public enum Kind {
        CASE,
        JUR_AND_CASE
    }

    public Indicator {
        lines = List.copyOf(lines);
        jurisdiction = List.copyOf(jurisdiction);
    }

    Indicator withAnnotation(@Nullable String note) {
        return new Indicator(code, kind, lines, jurisdiction, methodKey, note);
    }
}
