package org.ariadne.cases;

/**
 * What a caseworker submits. {@code version} is the version read (0 for a new case), for
 * optimistic locking; {@code submit} moves a draft to OPEN, which requires the encounter.
 */
public record CaseDraft(PersonData person, EncounterData encounter, ExploitationData exploitation, boolean submit,
                        long version) {

    public static CaseDraft empty() {
        return new CaseDraft(PersonData.empty(), EncounterData.empty(), ExploitationData.empty(), false, 0);
    }
}
