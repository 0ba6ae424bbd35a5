package org.ariadne.indicators;

public enum AgeGroup {
    ADULT,
    CHILD
}
