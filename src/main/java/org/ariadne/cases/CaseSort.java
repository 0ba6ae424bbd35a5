package org.ariadne.cases;

/** Sortable columns of the case list. */
public enum CaseSort {
    UPDATED,
    CODE,
    ENCOUNTER_DATE
}
