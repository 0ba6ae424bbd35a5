package org.ariadne.indicators;

import java.util.List;

/** One error in an imported catalogue: where (line, 0 for the file), which field, and why (a message key). */
public record ImportProblem(int line, String field, String key, List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(int line, String field, String key, String... arguments) {
        return new ImportProblem(line, field, key, List.of(arguments));
    }
}
