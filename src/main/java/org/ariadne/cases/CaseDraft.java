package org.ariadne.cases;

/**
 * What a caseworker submits. {@code version} is the version read (0 for a new case), for
 * optimistic locking; {@code submit} moves a draft to OPEN, which requires the encounter.
 */
public record CaseDraft(PersonData person, EncounterData encounter, ExploitationData exploitation, boolean submit,
                        long version) {

    public CaseDraft {
        // A section left out (by an API client) is an empty section.
        person = person == null ? PersonData.empty() : person;
        encounter = encounter == null ? EncounterData.empty() : encounter;
        exploitation = exploitation == null ? ExploitationData.empty() : exploitation;
    }

    public static CaseDraft empty() {
        return new CaseDraft(PersonData.empty(), EncounterData.empty(), ExploitationData.empty(), false, 0);
    }
}
