package org.ariadne.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which dimensions must be present: every clause needs at least one of its dimensions. Stored as
 * text such as {@code D1|D2|D3;D4;D5|D6} (the adult rule: act, exploitation and means).
 */
public record DimensionRule(List<Set<Dimension>> clauses) {

    public DimensionRule {
        List<Set<Dimension>> copy = new ArrayList<>();
        for (Set<Dimension> clause : clauses) {
            if (clause.isEmpty()) {
                throw new IllegalArgumentException("an empty clause can never be met");
            }
            copy.add(Set.copyOf(clause));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a dimension rule needs at least one clause");
        }
        clauses = List.copyOf(copy);
    }

    public static DimensionRule parse(String text) {
        List<Set<Dimension>> clauses = new ArrayList<>();
        for (String clause : text.split(";")) {
            if (clause.isBlank()) {
                continue;
            }
            Set<Dimension> any = EnumSet.noneOf(Dimension.class);
            for (String d : clause.split("\\|")) {
                any.add(Dimension.valueOf(d.strip()));
            }
            clauses.add(any);
        }
        return new DimensionRule(clauses);
    }

    public boolean satisfiedBy(Collection<Dimension> present) {
        return clauses.stream().allMatch(clause -> clause.stream().anyMatch(present::contains));
    }

    @Override
    public String toString() {
        return clauses.stream().map(c -> c.stream().sorted().map(Enum::name).collect(Collectors.joining("|")))
                .collect(Collectors.joining(";"));
    }
}
