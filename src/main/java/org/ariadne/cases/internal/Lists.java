package org.ariadne.cases.internal;

import java.util.Arrays;
import java.util.List;

/** Country and language codes are stored as a comma-separated list of ISO codes. */
final class Lists {

    private Lists() {
    }

    static String join(List<String> codes) {
        return String.join(",", codes);
    }

    static List<String> split(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
