package org.ariadne.cases;

public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
