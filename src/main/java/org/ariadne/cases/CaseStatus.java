package org.ariadne.cases;

/** DRAFT while being recorded (nothing required yet), OPEN once submitted, CLOSED at the end. */
public enum CaseStatus {
    DRAFT,
    OPEN,
    CLOSED
}
