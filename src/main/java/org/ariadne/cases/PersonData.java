package org.ariadne.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The presumed victim. Name, aliases, date of birth, identity documents and contact are direct
 * identifiers: encrypted at rest, never logged, never in statistics.
 *
 * @param citizenships ISO 3166-1 alpha-2 codes
 * @param languages    ISO 639-1 codes
 */
public record PersonData(@Nullable String name, @Nullable String aliases, @Nullable LocalDate dateOfBirth,
                         @Nullable Integer estimatedAge, boolean ageDisputed, @Nullable Sex sex,
                         List<String> citizenships, List<String> languages, @Nullable Disability disability,
                         boolean pregnant, @Nullable String identityDocuments, @Nullable String contact) {

    public PersonData {
        // API clients may leave lists out: absent means none.
        citizenships = citizenships == null ? List.of() : List.copyOf(citizenships);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public static PersonData empty() {
        return new PersonData(null, null, null, null, false, null, List.of(), List.of(), null, false, null, null);
    }
}
