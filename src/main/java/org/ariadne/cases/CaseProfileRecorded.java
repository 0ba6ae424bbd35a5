package org.ariadne.cases;

import org.jspecify.annotations.Nullable;

/**
 * Published, in the same transaction, whenever a submitted case is saved or its identity is
 * erased: the anonymised profile statistics keep. Never carries a name, a code or a date of birth.
 *
 * @param caseKey   a keyed hash standing for the case, the same in every event about it, which
 *                  cannot be turned back into the case or its code without the key
 * @param personKey a keyed hash of the normalised identity (name and date of birth), so that one
 *                  person recorded by two organisations counts once nationally; null when no
 *                  identity is held (unknown, erased, or an anonymous notification)
 */
public record CaseProfileRecorded(String caseKey, @Nullable String personKey, boolean synthetic,
                                  StatisticalProfile profile) {
}
