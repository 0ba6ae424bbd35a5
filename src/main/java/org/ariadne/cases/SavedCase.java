package org.ariadne.cases;

/**
 * The result of saving: the case as stored, and whether another case of the same organisation has
 * the same person (same keyed hash of normalised name and date of birth). Only the other case's
 * code is given, and only because it is the same organisation's.
 */
public record SavedCase(CaseDetails details, java.util.List<CaseCode> possibleDuplicates) {

    public SavedCase {
        possibleDuplicates = java.util.List.copyOf(possibleDuplicates);
    }
}
