package org.ariadne.cases;

import java.time.YearMonth;
import java.util.Set;
import org.ariadne.organisations.ActorType;
import org.jspecify.annotations.Nullable;

/**
 * What statistics may know about a submitted case: generalised values only — months, age bands,
 * groups — and nothing that names, locates or dates a person exactly.
 *
 * @param referenceMonth     the month of the encounter (the submission month when unknown)
 * @param citizenshipCountry the first citizenship (ISO 3166-1 alpha-2), or null when unknown
 * @param region             the region of the encounter, as organisations name regions
 */
public record StatisticalProfile(YearMonth referenceMonth, ActorType identifyingActorType, @Nullable Channel channel,
                                 Set<ExploitationForm> forms, Set<SexualExploitationType> sexualTypes,
                                 boolean technologyFacilitated, @Nullable EconomicSector economicSector,
                                 AgeBand ageBand, boolean child, boolean ageDisputed, @Nullable Sex sex,
                                 @Nullable String citizenshipCountry, @Nullable Disability disability,
                                 boolean pregnant, String region) {

    public StatisticalProfile {
        forms = Set.copyOf(forms);
        sexualTypes = Set.copyOf(sexualTypes);
    }
}
