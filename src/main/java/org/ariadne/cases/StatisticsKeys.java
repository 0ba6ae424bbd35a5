package org.ariadne.cases;

import org.ariadne.privacy.BlindIndex;
import org.ariadne.privacy.NameNormaliser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes statistics use in place of a case and a person. Each is a blind index under its
 * own purpose, so it matches neither the case code nor the identity index of the case table: the
 * statistics tables cannot be joined back to a case without the key.
 */
@Component
public class StatisticsKeys {

    private final BlindIndex blindIndex;

    StatisticsKeys(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    public String caseKey(CaseCode code) {
        String key = blindIndex.exact("statistics.case", code.value());
        if (key == null) {
            throw new IllegalArgumentException("a case code is never blank");
        }
        return key;
    }

    /** A key for any other record counted per case (a service referral, a notification). */
    public String recordKey(String kind, long id) {
        String key = blindIndex.exact("statistics." + kind, Long.toString(id));
        if (key == null) {
            throw new IllegalArgumentException("an id is never blank");
        }
        return key;
    }

    /** The person across organisations: normalised name and date of birth; null without a name. */
    public @Nullable String personKey(PersonData person) {
        String name = person.name() == null ? "" : NameNormaliser.normalise(person.name());
        if (name.isEmpty()) {
            return null;
        }
        return blindIndex.exact("statistics.person",
                name + "|" + (person.dateOfBirth() == null ? "" : person.dateOfBirth().toString()));
    }
}
