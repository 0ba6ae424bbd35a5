package org.ariadne.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.ActorType;

/**
 * One version of a country's national policy: the permission matrix (actor type x NRM function),
 * the clocks and the public holidays used for working-day arithmetic. Immutable; an edit is a new
 * version that comes into force on its own date, so a decision can always be checked against the
 * rules in force when it was made.
 *
 * @param version        1 for the first profile, then one more for each revision
 * @param effectiveFrom  the first day on which this version applies
 * @param matrix         functions granted to each actor type (every actor type is present)
 * @param publicHolidays dates that are not working days, in addition to the weekend
 */
public record PolicyProfile(int version, LocalDate effectiveFrom, Map<ActorType, Set<NrmFunction>> matrix,
                            ClockSettings clocks, SortedSet<LocalDate> publicHolidays) {

    public PolicyProfile {
        if (version < 1) {
            throw new InvalidInputException("version", "nrm.policy.invalid.version");
        }
        Map<ActorType, Set<NrmFunction>> copy = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            Set<NrmFunction> granted = matrix.get(type);
            copy.put(type, Collections.unmodifiableSet(granted == null || granted.isEmpty()
                    ? EnumSet.noneOf(NrmFunction.class) : EnumSet.copyOf(granted)));
        }
        matrix = Collections.unmodifiableMap(copy);
        publicHolidays = Collections.unmodifiableSortedSet(new TreeSet<>(publicHolidays));
    }

    public static PolicyProfile of(PolicyPreset preset, LocalDate effectiveFrom) {
        return new PolicyProfile(1, effectiveFrom, preset.matrix(), ClockSettings.DEFAULTS, new TreeSet<>());
    }

    /** Only the police, the border guard and the competent authority decide; only law enforcement refers to services. */
    public static PolicyProfile lawEnforcementDesignates(LocalDate effectiveFrom) {
        return of(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES, effectiveFrom);
    }

    /** NGOs and labour inspectors also identify and refer; labour inspectors also decide. */
    public static PolicyProfile multiAgency(LocalDate effectiveFrom) {
        return of(PolicyPreset.MULTI_AGENCY, effectiveFrom);
    }

    public boolean permits(ActorType actorType, NrmFunction function) {
        return matrix.get(actorType).contains(function);
    }

    public PolicyDecision check(ActorType actorType, NrmFunction function) {
        return permits(actorType, function)
                ? new PolicyDecision.Allowed(actorType, function, version)
                : new PolicyDecision.Refused(actorType, function, version);
    }

    public Set<NrmFunction> functionsOf(ActorType actorType) {
        return matrix.get(actorType);
    }

    public Set<ActorType> actorTypesFor(NrmFunction function) {
        Set<ActorType> types = EnumSet.noneOf(ActorType.class);
        matrix.forEach((type, functions) -> {
            if (functions.contains(function)) {
                types.add(type);
            }
        });
        return Collections.unmodifiableSet(types);
    }

    /**
     * The draft of the next version: same content, version plus one, in force from a later date.
     * Editing an existing version in place would change the rules past decisions were made under.
     */
    public PolicyProfile revise(LocalDate newEffectiveFrom) {
        if (!newEffectiveFrom.isAfter(effectiveFrom)) {
            throw new InvalidInputException("effectiveFrom", "nrm.policy.invalid.effective-date", effectiveFrom.toString());
        }
        return new PolicyProfile(version + 1, newEffectiveFrom, matrix, clocks, publicHolidays);
    }

    public PolicyProfile grant(ActorType actorType, NrmFunction function) {
        return withCell(actorType, function, true);
    }

    public PolicyProfile revoke(ActorType actorType, NrmFunction function) {
        return withCell(actorType, function, false);
    }

    public PolicyProfile withClocks(ClockSettings newClocks) {
        return new PolicyProfile(version, effectiveFrom, matrix, newClocks, publicHolidays);
    }

    public PolicyProfile withPublicHolidays(Set<LocalDate> holidays) {
        return new PolicyProfile(version, effectiveFrom, matrix, clocks, new TreeSet<>(holidays));
    }

    private PolicyProfile withCell(ActorType actorType, NrmFunction function, boolean granted) {
        Map<ActorType, Set<NrmFunction>> changed = new EnumMap<>(ActorType.class);
        matrix.forEach((type, functions) -> changed.put(type, functions.isEmpty()
                ? EnumSet.noneOf(NrmFunction.class) : EnumSet.copyOf(functions)));
        if (granted) {
            changed.get(actorType).add(function);
        } else {
            changed.get(actorType).remove(function);
        }
        return new PolicyProfile(version, effectiveFrom, changed, clocks, publicHolidays);
    }
}
