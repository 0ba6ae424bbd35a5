package org.ariadne.statistics;

import java.util.List;

/**
 * A fact of the jurisdiction shown beside an indicator, taken from the national policy profile:
 * a translated sentence, and the actor types it names (shown translated, in order).
 */
public record JurFact(String key, List<String> actorTypes) {

    public JurFact {
        actorTypes = List.copyOf(actorTypes);
    }

    static JurFact of(String key) {
        return new JurFact(key, List.of());
    }
}
