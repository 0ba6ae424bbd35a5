package org.ariadne.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ariadne.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The service-side validation of a case, as plain Java. A draft may be incomplete but never
 * wrong; submitting requires the encounter (date, region, channel). Refusals name the field.
 */
public final class CaseRules {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 500;
    public static final int NARRATIVE_MAX = 10_000;
    public static final int PLACE_MAX = 80;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private CaseRules() {
    }

    public static void check(CaseDraft draft, LocalDate today) {
        checkPerson(draft.person(), today);
        checkEncounter(draft.encounter(), today, draft.submit());
        checkExploitation(draft.exploitation());
    }

    static void checkPerson(PersonData p, LocalDate today) {
        length(p.name(), "person.name", NAME_MAX);
        length(p.aliases(), "person.aliases", TEXT_MAX);
        length(p.identityDocuments(), "person.identityDocuments", TEXT_MAX);
        length(p.contact(), "person.contact", TEXT_MAX);
        if (p.dateOfBirth() != null) {
            if (p.dateOfBirth().isAfter(today)) {
                throw new InvalidInputException("person.dateOfBirth", "cases.error.future-date");
            }
            if (p.dateOfBirth().isBefore(today.minusYears(120))) {
                throw new InvalidInputException("person.dateOfBirth", "cases.error.implausible-age");
            }
        }
        if (p.estimatedAge() != null && (p.estimatedAge() < 0 || p.estimatedAge() > 120)) {
            throw new InvalidInputException("person.estimatedAge", "cases.error.implausible-age");
        }
        codes(p.citizenships(), COUNTRIES, "person.citizenships");
        codes(p.languages(), LANGUAGES, "person.languages");
    }

    static void checkEncounter(EncounterData e, LocalDate today, boolean submit) {
        length(e.region(), "encounter.region", PLACE_MAX);
        length(e.municipality(), "encounter.municipality", PLACE_MAX);
        if (e.date() != null && e.date().isAfter(today)) {
            throw new InvalidInputException("encounter.date", "cases.error.future-date");
        }
        if (submit) {
            if (e.date() == null) {
                throw new InvalidInputException("encounter.date", "common.error.required");
            }
            if (e.region() == null || e.region().isBlank()) {
                throw new InvalidInputException("encounter.region", "common.error.required");
            }
            if (e.channel() == null) {
                throw new InvalidInputException("encounter.channel", "common.error.required");
            }
        }
    }

    static void checkExploitation(ExploitationData x) {
        length(x.platforms(), "exploitation.platforms", TEXT_MAX);
        length(x.narrative(), "exploitation.narrative", NARRATIVE_MAX);
        if (!x.sexualTypes().isEmpty() && !x.forms().contains(ExploitationForm.SEXUAL_EXPLOITATION)) {
            throw new InvalidInputException("exploitation.sexualTypes", "cases.error.sexual-type-without-form");
        }
        if (x.economicSector() != null && !x.forms().contains(ExploitationForm.FORCED_LABOUR)) {
            throw new InvalidInputException("exploitation.economicSector", "cases.error.sector-without-labour");
        }
        codes(x.recruitmentCountries(), COUNTRIES, "exploitation.recruitmentCountries");
        codes(x.transitCountries(), COUNTRIES, "exploitation.transitCountries");
        codes(x.exploitationCountries(), COUNTRIES, "exploitation.exploitationCountries");
    }

    private static void length(@Nullable String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "common.error.too-long", max);
        }
    }

    private static void codes(List<String> values, Set<String> known, String field) {
        if (values.size() > 20) {
            throw new InvalidInputException(field, "cases.error.too-many");
        }
        for (String value : values) {
            if (!known.contains(value)) {
                throw new InvalidInputException(field, "cases.error.unknown-code", value);
            }
        }
    }
}
