package org.ariadne.indicators;

import java.util.List;

/** One sentence of an assessment's explanation: a message key and its arguments, translated at display. */
public record Explanation(String key, List<String> arguments) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String key, String... arguments) {
        return new Explanation(key, List.of(arguments));
    }
}
